/**
 * One entry of another service's export, in the shape every importer hands the library. Content, when the
 * export carries it, is the service's raw HTML: the library sanitizes it like any other body.
 */
export interface ImportItem {
  url: string;
  title: string | null;
  /** Epoch milliseconds the service says it was saved, when it says. */
  savedAt: number | null;
  tags: string[];
  read: 0 | 1;
  archived: 0 | 1;
  /** 0 to 1. */
  progress: number;
  html: string | null;
  byline: string | null;
  excerpt: string | null;
  publishedTime: string | null;
  /** Passages the user highlighted in the service, with their notes (Omnivore's export has them). */
  highlights: ImportedHighlight[];
}

/** A highlight as another service exports it: the passage's text and the note under it, plain text. */
export interface ImportedHighlight {
  quote: string;
  note: string;
}

export type ImportFormat =
  'pocket-csv' | 'pocket-html' | 'omnivore' | 'instapaper' | 'wallabag' | 'bookmarks';

export interface ParsedImport {
  format: ImportFormat;
  items: ImportItem[];
}

/** An item with only what is known: unread, untagged, no content. */
export function importItem(url: string, fields: Partial<ImportItem> = {}): ImportItem {
  return {
    url,
    title: null,
    savedAt: null,
    tags: [],
    read: 0,
    archived: 0,
    progress: 0,
    html: null,
    byline: null,
    excerpt: null,
    publishedTime: null,
    highlights: [],
    ...fields,
  };
}

/** Seconds or milliseconds since 1970 (or an ISO date), as epoch milliseconds; null when it is no date. */
export function toEpochMs(value: unknown): number | null {
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value))) {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) return null;
    // Ten digits are seconds until the year 2286; anything longer is milliseconds.
    return n < 1e11 ? Math.round(n * 1000) : Math.round(n);
  }
  if (typeof value !== 'string' || !value.trim()) return null;
  const parsed = Date.parse(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/** A non-empty, whitespace-squashed string, or null. */
export function textOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const squashed = value.replace(/\s+/g, ' ').trim();
  return squashed || null;
}
