/**
 * Sentences Readability drops for their links. Its link-density rule removes a block whose text is a
 * quarter links or more, which takes out the paragraphs of an explainer that cites its sources inside the
 * sentence ("<a>A 2009 report by the water authority</a> found that…"). Such a paragraph, lying between
 * the first and last paragraphs Readability kept and outside the page's furniture, goes back in place.
 */
import { byTag, hasMoreThan } from './dom';
import { isLinkOnly } from './teasers';
import { squash, words } from './text';

/** A sentence of some length, with a link in it, that is not only a link. */
function isLinkedSentence(p: Element): boolean {
  if (!hasMoreThan(p, 'a')) return false;
  const text = squash(p.textContent);
  return words(text) >= 10 && /[.!?…]["”’»)]?$/.test(text) && !isLinkOnly(p, text);
}

function inside(el: Element, stop: Element, leave: Set<Element>): boolean {
  for (let up: Element | null = el; up && up !== stop; up = up.parentElement) if (leave.has(up)) return false;
  return true;
}

/**
 * Puts back, after the kept paragraph before it, each linked sentence of the live page that Readability
 * dropped from `content` (mapped to the page by `liveOf`); `leave` is the furniture, never put back.
 */
export function restoreLinkedProse(
  content: Element,
  liveOf: Map<Element, Element>,
  leave: Set<Element>,
): void {
  const kept = new Map<Element, Element>();
  for (const p of byTag(content, 'p')) {
    const live = liveOf.get(p);
    if (live) kept.set(live, p);
  }
  if (kept.size < 2) return;
  const lives = [...kept.keys()];
  const first = lives[0]!;
  const last = lives[lives.length - 1]!;
  let region: Element | null = first.parentElement;
  while (region && !region.contains(last)) region = region.parentElement;
  if (!region) return;
  let previous: Element | null = null;
  for (const p of byTag(region, 'p')) {
    const copy = kept.get(p);
    if (copy) {
      if (p === last) return;
      previous = copy;
    } else if (previous && isLinkedSentence(p) && inside(p, region, leave)) {
      const restored = content.ownerDocument.importNode(p, true);
      previous.after(restored);
      previous = restored;
    }
  }
}
