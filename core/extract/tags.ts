/** Tag sets shared by the extraction steps, in upper case as `tagName` gives them for HTML. */

/**
 * Blocks of text: their innermost members are an article's paragraphs, headings, list items and captions,
 * which `trimArticle` weighs one by one. A table is one block: its cells are never trimmed on their own.
 */
export const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'FIGURE',
  'FIGCAPTION',
  'PRE',
]);

/**
 * What the plain text (`toBlockText`) also breaks at, beside the blocks: table rows and cells, so that
 * cells do not run together; line breaks and rules; and the other blocks the sanitizer lets through.
 * Trimming leaves them out on purpose: it would otherwise weigh (and drop) short table cells, and an empty
 * `<br>` or `<hr>` would count as a block of its own.
 */
const TEXT_BREAKS_NOT_BLOCKS = [
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'BR',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
  'MAIN',
  'NAV',
];

/** Where the plain text of an article starts a new block. */
export const TEXT_BREAK_TAGS = new Set([...BLOCK_TAGS, ...TEXT_BREAKS_NOT_BLOCKS]);

/** The inline elements a caption's credit comes in: "<span>Photo: Archive</span>". */
export const INLINE = new Set(['SPAN', 'SMALL', 'CITE', 'EM', 'I', 'B', 'STRONG']);

/** Pictures, players, tables and code: what makes a block more than its text. */
export const PICTURES = new Set([
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'CANVAS',
  'OBJECT',
  'EMBED',
  'TABLE',
  'PRE',
]);

/** …and inline SVG, which a block with no text may hold as its only content. */
export const MEDIA = new Set([...PICTURES, 'svg', 'SVG']);
