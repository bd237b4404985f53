/**
 * Trims what Readability keeps around and inside the article but a reader does not want: the headline,
 * byline and date lines repeated above the lede, teaser links between paragraphs ("DON'T MISS: …"), photo
 * credits, and the boilerplate after the last paragraph (follow us, newsletter sign-ups, related links,
 * tag lists, copyright lines). Ledes, standfirsts and sub-headings stay: only short blocks are ever trimmed
 * at the edges, and the scan stops at the first block that reads like the article.
 */

import { isDatedByline, isLeadingMeta, isTrailingBoilerplate, type TrimContext } from './boilerplate';
import { isCredit, isInlineCredit } from './credits';
import { byTag, closestTag, containsTag, elementsOf } from './dom';
import { BLOCK_TAGS, MEDIA } from './tags';
import { endsInMoreLink, isSubscriberPrompt } from './prompts';
import { findTeasers } from './teasers';
import { squash, words } from './text';

/** Block elements with no block inside: the paragraphs, headings, list items and captions of the article. */
function leafBlocks(root: Element): Element[] {
  const leaves: Element[] = [];
  const visit = (el: Element): boolean => {
    let hasBlock = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (visit(child)) hasBlock = true;
    }
    const isBlock = BLOCK_TAGS.has(el.tagName);
    if (isBlock && !hasBlock && el !== root) leaves.push(el);
    return isBlock || hasBlock;
  };
  visit(root);
  return leaves;
}

/** Removes `el`, then every ancestor below `root` left with no text and no media. */
function removeWithEmptyAncestors(el: Element, root: Element): void {
  let parent = el.parentElement;
  el.remove();
  while (parent && parent !== root && !squash(parent.textContent) && !containsTag(parent, MEDIA)) {
    const next = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

const FIGURE = new Set(['FIGURE', 'FIGCAPTION']);

function inFigure(el: Element): boolean {
  return closestTag(el, FIGURE) !== null;
}

/** Trims `content` (Readability's article element, still in the extraction clone) in place. */
export function trimArticle(content: Element, context: TrimContext): void {
  const leaves = leafBlocks(content);
  const texts = new Map(leaves.map((el) => [el, squash(el.textContent)]));
  const hasMedia = (el: Element): boolean => containsTag(el, MEDIA);

  // Credits, subscription prompts and "More" teasers anywhere, teasers between paragraphs, and blocks repeated word for word (a gallery's captions
  // shown twice, a headline and date printed again below the article).
  const teasers = findTeasers(leaves, texts);
  const kept: Element[] = [];
  // Printed twice is a duplicate; a line recurring through the article (each day of a meal plan) is content.
  const count = new Map<string, number>();
  for (const text of texts.values()) count.set(text, (count.get(text) ?? 0) + 1);
  const seen = new Set<string>();
  for (const el of leaves) {
    const text = texts.get(el)!;
    const repeated =
      count.get(text) === 2 && seen.has(text) && words(text) >= 4 && !/^(?:T[DH]|PRE|LI)$/.test(el.tagName);
    seen.add(text);
    const selling = isSubscriberPrompt(text) || endsInMoreLink(el, text);
    if ((repeated || selling || isCredit(text) || teasers.has(el)) && !hasMedia(el))
      removeWithEmptyAncestors(el, content);
    else kept.push(el);
  }
  // Inline credits inside captions: "<figcaption>The mill in 1931. <span>Photo: Archive</span></figcaption>".
  for (const caption of byTag(content, 'figcaption')) {
    for (const el of elementsOf(caption)) {
      if (caption.contains(el) && isInlineCredit(el) && !hasMedia(el)) el.remove();
    }
  }

  const edge = (from: number, step: number, test: (el: Element, text: string) => boolean): void => {
    for (let i = from; i >= 0 && i < kept.length; i += step) {
      const el = kept[i]!;
      if (!content.contains(el) || inFigure(el)) continue;
      const text = texts.get(el)!;
      if (!text) {
        if (hasMedia(el)) return;
        continue;
      }
      if (!test(el, text)) return;
      // A picture beside stray text (a print-only logo and the page address) goes with the text.
      removeWithEmptyAncestors(el, content);
    }
  };
  edge(0, 1, (el, text) => isLeadingMeta(el, text, context));
  // Bylines and datelines printed just below a standfirst.
  for (const el of kept.slice(0, 6)) {
    const text = texts.get(el)!;
    if (isDatedByline(text) && content.contains(el) && !hasMedia(el)) removeWithEmptyAncestors(el, content);
  }
  edge(kept.length - 1, -1, isTrailingBoilerplate);
}
