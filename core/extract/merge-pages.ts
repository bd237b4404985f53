import { squash } from './text';

/** The blocks compared between pages: a block printed again on a later page is dropped there. */
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'TABLE',
]);

const BLOCK_SELECTOR = Array.from(BLOCKS).join(',');

/** The outermost blocks of `root` (a block inside another is compared as part of it). */
function blocksOf(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(BLOCK_SELECTOR)).filter(
    (el) => !el.parentElement?.closest(BLOCK_SELECTOR),
  );
}

/** What makes two blocks the same: their text, or for a wordless picture its address. */
function keyOf(el: Element): string {
  return squash(el.textContent) || (el.querySelector('img')?.getAttribute('src') ?? '');
}

/**
 * The pages of one article as one fragment, in order: each later page without the blocks an earlier page
 * already had (the headline, standfirst and byline that every page repeats, a lede quoted again). The
 * fragments given are not changed.
 */
export function mergePages(first: DocumentFragment, rest: DocumentFragment[]): DocumentFragment {
  const merged = first.cloneNode(true) as DocumentFragment;
  const seen = new Set(blocksOf(merged).map(keyOf));
  for (const page of rest) {
    const copy = page.cloneNode(true) as DocumentFragment;
    for (const block of blocksOf(copy)) {
      const key = keyOf(block);
      if (!key) continue;
      if (seen.has(key)) block.remove();
      else seen.add(key);
    }
    merged.append(copy);
  }
  return merged;
}
