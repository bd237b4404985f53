import { anchorTarget, type TextSpan } from './anchor';
import type { HighlightMark } from './highlight';
import { nodeIndexAt, textMapOf, type TextMap } from './text-map';

/** The element each highlighted run of text is wrapped in; screen readers announce `<mark>` as highlighted. */
export const MARK_CLASS = 'lectern-highlight';
const MARK_SELECTOR = `mark.${MARK_CLASS}`;

export interface PaintResult {
  /** Highlights found in the text, with where. */
  found: { mark: HighlightMark; span: TextSpan }[];
  /** Highlights whose passage is not in this version of the article: listed, never dropped. */
  missing: HighlightMark[];
}

/** Takes every highlight mark out of `root`, leaving its text exactly as it was before painting. */
export function clearHighlights(root: Element): void {
  const parents = new Set<Node>();
  // By tag name, not a selector: jsdom compiles a selector again for each document, and this runs on open.
  const marks = Array.from(root.getElementsByTagName('mark')).filter((el) =>
    el.classList.contains(MARK_CLASS),
  );
  for (const mark of marks) {
    const parent = mark.parentNode!;
    parents.add(parent);
    mark.replaceWith(...Array.from(mark.childNodes));
  }
  parents.forEach((parent) => parent.normalize());
}

/** Splits the map's node `i` at `at` characters into it, keeping the map in step; returns the second part. */
function split(map: TextMap, i: number, at: number): Text {
  const rest = map.nodes[i]!.splitText(at);
  map.nodes.splice(i + 1, 0, rest);
  map.starts.splice(i + 1, 0, map.starts[i]! + at);
  return rest;
}

/** Wraps `[start, end)` of the map's text in marks, one per text node it runs through. */
function wrapSpan(map: TextMap, span: TextSpan, mark: HighlightMark): void {
  const doc = map.nodes[0]!.ownerDocument;
  let i = nodeIndexAt(map, span.start);
  if (span.start > map.starts[i]!) {
    split(map, i, span.start - map.starts[i]!);
    i++;
  }
  for (; i < map.nodes.length && map.starts[i]! < span.end; i++) {
    const node = map.nodes[i]!;
    if (map.starts[i]! + node.data.length > span.end) split(map, i, span.end - map.starts[i]!);
    // White space between blocks (a newline between paragraphs) stays unmarked.
    if (!node.data.trim() || !node.parentNode) continue;
    const el = doc.createElement('mark');
    el.className = MARK_CLASS;
    el.dataset.highlightId = mark.id;
    el.dataset.color = mark.color;
    if (mark.hasNote) el.dataset.note = '';
    node.replaceWith(el);
    el.append(node);
  }
}

/**
 * Finds each highlight in `root`'s text and marks it, after taking out the marks painted before: painting
 * again after an edit or a removal gives the same page as painting once.
 */
export function paintHighlights(root: Element, marks: readonly HighlightMark[]): PaintResult {
  clearHighlights(root);
  const result: PaintResult = { found: [], missing: [] };
  // Most articles have none: the map of a long article's text is not built for nothing as the reader opens.
  if (marks.length === 0) return result;
  const map = textMapOf(root);
  for (const mark of marks) {
    const span = anchorTarget(map.text, mark.target);
    if (span) result.found.push({ mark, span });
    else result.missing.push(mark);
  }
  if (map.nodes.length === 0) return result;
  // Wrapping only splits nodes after the span's start, so the map stays right for every span painted after.
  for (const { mark, span } of result.found) wrapSpan(map, span, mark);
  return result;
}

/** The first mark of a highlight in `root`, to scroll to. */
export const firstMarkOf = (root: Element, id: string): HTMLElement | null =>
  Array.from(root.querySelectorAll<HTMLElement>(MARK_SELECTOR)).find((el) => el.dataset.highlightId === id) ??
  null;

/** The highlight a click or a tap landed on, if any. */
export const highlightIdAt = (target: EventTarget | null): string | null =>
  ((target as Element | null)?.closest?.(MARK_SELECTOR) as HTMLElement | null)?.dataset.highlightId ?? null;
