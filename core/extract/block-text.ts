import { TEXT_BREAK_TAGS } from './tags';
import { squash } from './text';

/**
 * Plain text of an article as the reader shows it: one block per paragraph, heading, list item, cell row
 * or figure caption, blocks separated by a blank line, whitespace inside a block collapsed.
 */
export function toBlockText(root: Node): string {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = squash(current);
    if (text) blocks.push(text);
    current = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const isBlock = node.nodeType === 1 && TEXT_BREAK_TAGS.has((node as Element).tagName);
    if (isBlock) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (isBlock) flush();
  };
  visit(root);
  flush();
  return blocks.join('\n\n');
}
