import type { HighlightTarget } from './selectors';

/** The four highlighter colours; each theme draws them in its own shades (components/highlights.css). */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** The longest note, in characters. Notes are plain text everywhere. */
export const MAX_NOTE = 10_000;

/** One highlight as the library keeps it, with the saved article it belongs to. */
export interface Highlight {
  id: string;
  articleId: string;
  target: HighlightTarget;
  color: HighlightColor;
  /** Plain text; empty when there is none. */
  note: string;
  createdAt: number;
  updatedAt: number;
}

/** What the reader knows of a highlight: never its note, which only Lectern's own pages show. */
export type HighlightMark = Pick<Highlight, 'id' | 'target' | 'color'> & { hasNote: boolean };

export const markOf = ({ id, target, color, note }: Highlight): HighlightMark => ({
  id,
  target,
  color,
  hasNote: note.length > 0,
});
