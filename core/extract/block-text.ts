/**
 * Plain text of an article as the reader shows it: one block per paragraph, heading, list item, cell row
 * or figure caption, blocks separated by a blank line, whitespace inside a block collapsed.
 */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'BR',
]);

export function toBlockText(root: Node): string {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const isBlock = node.nodeType === 1 && BLOCKS.has((node as Element).tagName);
    if (isBlock) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (isBlock) flush();
  };
  visit(root);
  flush();
  return blocks.join('\n\n');
}
