import { splitSentences } from './sentences';

/** How a sentence's block reads: headings, list items and captions are units of their own. */
export type UnitKind = 'heading' | 'item' | 'caption' | 'paragraph';

/** A place in the text: a text node and an offset into it, as a DOM Range boundary. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** One thing to say: a sentence of a block (never crossing blocks), where it is, and its language. */
export interface Sentence {
  text: string;
  /**
   * The `lang` all its words are marked in, else its block's closest `lang`, else the article's; null when
   * none says.
   */
  lang: string | null;
  kind: UnitKind;
  start: TextPoint;
  end: TextPoint;
  /** The block it belongs to, for a highlight where the browser cannot highlight a range. */
  block: Element;
}

/** Blocks whose text is read as units; the closest one around a text node is its unit. */
const BLOCKS =
  'p, h1, h2, h3, h4, h5, h6, li, dt, dd, figcaption, caption, blockquote, td, th, div, section, article, header, footer, aside, details, summary';
/** Not read: code blocks, pictures and formulas (which read as noise), and whatever is hidden. */
const SKIPPED =
  'pre, svg, math, script, style, template, noscript, button, select, textarea, [hidden], [aria-hidden="true"]';

function kindOf(block: Element): UnitKind {
  if (/^H[1-6]$/.test(block.tagName)) return 'heading';
  if (block.matches('li, dt, dd') || block.closest('li')) return 'item';
  if (block.matches('figcaption, caption')) return 'caption';
  return 'paragraph';
}

function langOf(el: Element | null, root: Element, fallback: string | null): string | null {
  const owner = el?.closest('[lang]');
  return owner && root.contains(owner) ? owner.getAttribute('lang') || fallback : fallback;
}

/**
 * The language of a sentence: the one every word of it is marked in (a quotation in another language,
 * `<span lang="fr">`), else its block's.
 */
function sentenceLang(nodes: Text[], start: TextPoint, end: TextPoint, root: Element, block: string | null) {
  let lang: string | undefined;
  for (let i = nodes.indexOf(start.node); i >= 0 && i <= nodes.indexOf(end.node); i++) {
    const node = nodes[i]!;
    const from = node === start.node ? start.offset : 0;
    const to = node === end.node ? end.offset : node.data.length;
    if (!/[\p{L}\p{N}]/u.test(node.data.slice(from, to))) continue;
    const own = langOf(node.parentElement, root, block) ?? '';
    if (lang !== undefined && own !== lang) return block;
    lang = own;
  }
  return lang === undefined ? block : lang || null;
}

interface Run {
  block: Element;
  nodes: Text[];
}

/** Text nodes in reading order, grouped by the block they belong to; skipped parts left out. */
function runsOf(root: Element, skip: string): Run[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const runs: Run[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest(skip)) continue;
    const found = parent.closest(BLOCKS);
    const block = found && root.contains(found) ? found : root;
    const last = runs[runs.length - 1];
    if (last?.block === block) last.nodes.push(node);
    else runs.push({ block, nodes: [node] });
  }
  return runs;
}

/** The text point `offset` characters into the joined text of `nodes`. */
function pointAt(nodes: Text[], offset: number, atEnd: boolean): TextPoint {
  let rest = offset;
  for (const node of nodes) {
    const length = node.data.length;
    if (rest < length || (atEnd && rest === length)) return { node, offset: rest };
    rest -= length;
  }
  const last = nodes[nodes.length - 1]!;
  return { node: last, offset: last.data.length };
}

export interface SentenceOptions {
  /** The article's language, for blocks without a `lang` of their own. */
  lang?: string | null;
  /** More parts to leave out (a selector), such as the reader's own byline. */
  skip?: string;
}

/** The sentences of `root` in reading order, each within one block and in that block's language. */
export function speechSentences(root: Element, options: SentenceOptions = {}): Sentence[] {
  const skip = options.skip ? `${SKIPPED}, ${options.skip}` : SKIPPED;
  const sentences: Sentence[] = [];
  for (const run of runsOf(root, skip)) {
    const text = run.nodes.map((node) => node.data).join('');
    const lang = langOf(run.block, root, options.lang ?? null);
    const kind = kindOf(run.block);
    for (const span of splitSentences(text, lang)) {
      const said = text.slice(span.start, span.end).replace(/\s+/gu, ' ');
      if (!/[\p{L}\p{N}]/u.test(said)) continue;
      const start = pointAt(run.nodes, span.start, false);
      const end = pointAt(run.nodes, span.end, true);
      sentences.push({
        text: said,
        lang: sentenceLang(run.nodes, start, end, root, lang),
        kind,
        start,
        end,
        block: run.block,
      });
    }
  }
  return sentences;
}

/**
 * The index of the sentence holding the point (`node`, `offset`), or of the first one after it; null when
 * the point is after the last. Used to start reading where the user clicked or put the caret.
 */
export function sentenceAt(sentences: Sentence[], node: Node, offset: number): number | null {
  const range = node.ownerDocument?.createRange();
  if (!range) return null;
  for (const [i, sentence] of sentences.entries()) {
    range.setStart(sentence.end.node, sentence.end.offset);
    // The point is before this sentence's end: this sentence holds it, or it lies between two.
    if (range.comparePoint(node, offset) <= 0) return i;
  }
  return null;
}
