/** Teasers for other stories that a page prints between an article's paragraphs ("DON'T MISS: …"). */
import { byTag, hasMoreThan } from './dom';
import { words } from './text';

const bare = (text: string): number => text.replace(/[^\p{L}\p{N}]+/gu, '').length;

/** A block that is nothing but links to other pages (and their labels). */
export function isLinkOnly(el: Element, text: string): boolean {
  if (el.tagName !== 'P' && el.tagName !== 'LI' && !/^H[2-6]$/.test(el.tagName)) return false;
  const links = byTag(el, 'a');
  // A bare address is a cited source, not a teaser.
  if (!links.length || words(text) < 3 || /^(?:https?:\/\/|www\.)/i.test(text)) return false;
  if (!links.some((a) => /^https?:/i.test(a.getAttribute('href') ?? ''))) return false;
  const linked = links.reduce((sum, a) => sum + bare(a.textContent ?? ''), 0);
  return linked >= 0.8 * bare(text);
}

/**
 * Teasers among `leaves` (an article's innermost blocks, with their `texts`): a paragraph that is only a
 * link, or a run of linked headings or list items. A single linked heading is kept: shopping guides and link
 * roundups title their entries so.
 */
export function findTeasers(leaves: Element[], texts: Map<Element, string>): Set<Element> {
  const teasers = new Set<Element>();
  const linkOnly = leaves.map((el) => isLinkOnly(el, texts.get(el)!));
  leaves.forEach((el, i) => {
    if (!linkOnly[i]) return;
    if (el.tagName === 'P' || (el.tagName !== 'LI' && (linkOnly[i - 1] || linkOnly[i + 1]))) teasers.add(el);
  });
  // The label above teasers: "DON'T MISS", "Read more", "Lire aussi".
  leaves.forEach((el, i) => {
    const next = leaves[i + 1];
    const text = texts.get(el)!;
    if (next && teasers.has(next) && words(text) <= 4 && !/[.!?]$/.test(text) && !hasMoreThan(el, 'a'))
      teasers.add(el);
  });
  return teasers;
}
