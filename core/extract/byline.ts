/**
 * The byline of a page whose header was never copied (see `findFurniture`'s narrowing): found in the left-out
 * blocks above the article the way Readability finds one in what it scores, so narrowing the copy loses
 * no byline. Reads the page only.
 */
const BYLINE_NAMES = /byline|author|dateline|writtenby|p-author/i;

function isByline(el: Element, text: string): boolean {
  const itemprop = el.getAttribute('itemprop');
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return (
    (el.getAttribute('rel') === 'author' || !!itemprop?.includes('author') || BYLINE_NAMES.test(names)) &&
    text.length > 0 &&
    text.length < 100
  );
}

/** The first byline in `blocks`, in document order; an `itemprop="name"` inside it is the name itself. */
export function bylineIn(blocks: Element[]): string | null {
  for (const block of blocks) {
    const walker = block.ownerDocument.createTreeWalker(block, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
      const text = node.textContent?.trim() ?? '';
      if (!isByline(node, text)) continue;
      const name = node.querySelector('[itemprop~="name"]')?.textContent?.trim();
      return name || text;
    }
  }
  return null;
}
