/**
 * Code blocks keep their text exactly (the sanitizer and the reader leave `<pre>` alone); what goes is the
 * line numbers highlighters print beside or inside them, which a reader would copy with the code.
 */
import { byTag, hasMoreThan } from './dom';

/** Whole numbers counting up by one (1 2 3…, or from any line): a gutter's text. */
function isCount(numbers: string[]): boolean {
  if (numbers.length < 2) return false;
  const first = Number(numbers[0]);
  return numbers.every((n, i) => Number(n) === first + i);
}

const countIn = (text: string): string[] => text.trim().split(/\s+/);
const isNumberColumn = (text: string): boolean =>
  /^\s*\d+(?:\s+\d+)*\s*$/.test(text) && isCount(countIn(text));

/**
 * A `<pre>` holding only counted line numbers, in a one-row table beside the code's own `<pre>`: the table
 * is replaced by the code. A `<pre>` of numbers anywhere else may well be a program's output, and stays.
 */
function dropGutterColumns(root: Element): void {
  for (const pre of byTag(root, 'pre')) {
    // An earlier table's replacement may have taken this one out of the article.
    if (!root.contains(pre) || !isNumberColumn(pre.textContent ?? '')) continue;
    const table = pre.closest('table');
    if (!table || table.rows.length !== 1) continue;
    const code = byTag(table, 'pre').find((other) => other !== pre);
    if (code) table.replaceWith(code);
  }
}

/**
 * Numbers printed at the start of every line inside the code (`<span class="ln">1</span>let a…`): elements
 * holding only a number, first on their lines, counting up by one, one for each line that has text (so
 * that the highlighted numbers of a list printed one per line, after its opening bracket, stay).
 */
function dropInlineNumbers(pre: Element): void {
  const texts = pre.ownerDocument.createTreeWalker(pre, 4 /* NodeFilter.SHOW_TEXT */);
  const numbers: Element[] = [];
  let atLineStart = true;
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const text = node.nodeValue ?? '';
    const holder = node.parentElement;
    if (
      atLineStart &&
      holder &&
      holder !== pre &&
      holder.childNodes.length === 1 &&
      /^\s*\d+\s*$/.test(text)
    ) {
      // The number is not code: the line has not started yet.
      numbers.push(holder);
      continue;
    }
    if (text.trim()) atLineStart = text.endsWith('\n');
    else if (text.includes('\n')) atLineStart = true;
  }
  const lines = (pre.textContent ?? '').split('\n').filter((line) => line.trim()).length;
  if (numbers.length === lines && isCount(numbers.map((el) => (el.textContent ?? '').trim()))) {
    for (const el of numbers) el.remove();
  }
}

/** Drops line-number gutters from the code blocks in `root`. */
export function dropLineNumbers(root: Element): void {
  if (!hasMoreThan(root, 'pre')) return;
  dropGutterColumns(root);
  for (const pre of byTag(root, 'pre')) dropInlineNumbers(pre);
}
