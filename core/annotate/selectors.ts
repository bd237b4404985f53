import { offsetOf, textMapOf, type TextMap } from './text-map';

/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors), as stored. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Where a highlight is: the quote with its context, and its position in the article's text. */
export interface HighlightTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Context kept on each side of a quote: enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;
/** The longest quote a highlight may hold. */
export const MAX_QUOTE = 5000;

/** The selectors for `[start, end)` of a text. */
export function targetAt(text: string, start: number, end: number): HighlightTarget {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * The selectors for a selection inside `root`, trimmed of the white space at its ends, or null when the
 * range holds no text of `root` (a selection outside the article, or of white space only).
 */
export function describeRange(
  root: Node,
  range: Range,
  map: TextMap = textMapOf(root),
): HighlightTarget | null {
  if (!root.contains(range.commonAncestorContainer)) return null;
  let start = offsetOf(map, range.startContainer, range.startOffset);
  let end = offsetOf(map, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(map.text[start]!)) start++;
  while (end > start && /\s/.test(map.text[end - 1]!)) end--;
  if (start >= end || end - start > MAX_QUOTE) return null;
  return targetAt(map.text, start, end);
}
