import { countWords } from '../extract/metrics';

/** What the picker announces about a block: its kind, its first words and its length. */
export interface BlockDescription {
  kind: 'heading' | 'paragraph' | 'list' | 'picture' | 'table' | 'quote' | 'section';
  start: string;
  words: number;
}

const KINDS: Record<string, BlockDescription['kind']> = {
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  P: 'paragraph',
  UL: 'list',
  OL: 'list',
  DL: 'list',
  FIGURE: 'picture',
  TABLE: 'table',
  BLOCKQUOTE: 'quote',
};

const FIRST_WORDS = 8;

export function describeBlock(el: Element): BlockDescription {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const { words, cjkChars } = countWords(text);
  const start = text.split(' ').slice(0, FIRST_WORDS).join(' ');
  return {
    kind: KINDS[el.tagName] ?? 'section',
    start: start.length < text.length ? `${start}…` : start,
    words: words + cjkChars,
  };
}
