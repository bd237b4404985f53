import { isRecord } from '../library/article-fields';
import { HIGHLIGHT_COLORS, MAX_NOTE, type Highlight, type HighlightColor } from './highlight';
import { CONTEXT_LENGTH, MAX_QUOTE, type HighlightTarget } from './selectors';

/** Offsets an article's text can have (bodies are at most 20 MB). */
const isOffset = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 2 ** 31;
const isText =
  (max: number) =>
  (v: unknown): v is string =>
    typeof v === 'string' && v.length <= max;
const isTime = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 8.64e15;
const isHighlightId = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9_-]{1,200}$/.test(v);

export const isHighlightColor = (v: unknown): v is HighlightColor =>
  (HIGHLIGHT_COLORS as readonly unknown[]).includes(v);
export const isNote = isText(MAX_NOTE);

/**
 * The one rule for a highlight's selectors, whoever hands them over (the reader, a file): both selectors of
 * the right type, a quote of 1 to MAX_QUOTE characters, context no longer than we keep, sane offsets.
 */
export function isHighlightTarget(v: unknown): v is HighlightTarget {
  if (!isRecord(v) || !isRecord(v.quote) || !isRecord(v.position)) return false;
  const { quote, position } = v;
  return (
    quote.type === 'TextQuoteSelector' &&
    typeof quote.exact === 'string' &&
    quote.exact.length > 0 &&
    quote.exact.length <= MAX_QUOTE &&
    isText(CONTEXT_LENGTH)(quote.prefix) &&
    isText(CONTEXT_LENGTH)(quote.suffix) &&
    position.type === 'TextPositionSelector' &&
    isOffset(position.start) &&
    isOffset(position.end) &&
    position.start < position.end
  );
}

/** A fresh copy of a target with only its known fields: anything else a sender adds is not kept. */
export const targetFields = ({ quote, position }: HighlightTarget): HighlightTarget => ({
  quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
  position: { type: 'TextPositionSelector', start: position.start, end: position.end },
});

const HIGHLIGHT_FIELDS: Record<keyof Highlight, (v: unknown) => boolean> = {
  id: isHighlightId,
  articleId: (v) => typeof v === 'string' && v.length > 0 && v.length <= 200,
  target: isHighlightTarget,
  color: isHighlightColor,
  note: isNote,
  createdAt: isTime,
  updatedAt: isTime,
};

/** The first field of an imported highlight that breaks its rule, or null. */
export function firstBadHighlightField(v: unknown): keyof Highlight | null {
  if (!isRecord(v)) return 'id';
  return (
    (Object.keys(HIGHLIGHT_FIELDS) as (keyof Highlight)[]).find((key) => !HIGHLIGHT_FIELDS[key](v[key])) ??
    null
  );
}

/** A highlight with its own fields only, copied. */
export const highlightFields = (h: Highlight): Highlight => ({
  id: h.id,
  articleId: h.articleId,
  target: targetFields(h.target),
  color: h.color,
  note: h.note,
  createdAt: h.createdAt,
  updatedAt: h.updatedAt,
});
