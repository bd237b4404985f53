import { ImportFileError } from './import-error';
import { importItem, textOrNull, toEpochMs, type ImportedHighlight, type ImportItem } from './import-item';
import { zipText } from './safe-unzip';

const METADATA = /^(?:[^/]*\/)?metadata_\d+_to_\d+\.json$|^(?:[^/]*\/)?metadata_[^/]*\.json$/;
const CONTENT = /^(?:[^/]*\/)?content\/([^/]+)\.html$/;
const HIGHLIGHTS = /^(?:[^/]*\/)?highlights\/([^/]+)\.md$/;

/** Whether a ZIP's file names are Omnivore's: `metadata_*.json` batches. */
export const isOmnivoreZip = (names: readonly string[]) => names.some((name) => METADATA.test(name));
export const isOmnivoreFile = (name: string) =>
  METADATA.test(name) || CONTENT.test(name) || HIGHLIGHTS.test(name);

/**
 * Omnivore's `highlights/<slug>.md`: each highlight a `> quote` block (several `>` lines for a long one),
 * the note, if any, in the lines under it up to the next quote.
 */
export function omnivoreHighlights(markdown: string): ImportedHighlight[] {
  const found: ImportedHighlight[] = [];
  let quote: string[] = [];
  let note: string[] = [];
  let inQuote = false;
  const flush = () => {
    const text = quote.join('\n').trim();
    if (text) found.push({ quote: text, note: note.join('\n').trim() });
    quote = [];
    note = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*>/.test(line)) {
      if (!inQuote) flush();
      inQuote = true;
      quote.push(line.replace(/^\s*>\s?/, ''));
    } else {
      inQuote = false;
      if (quote.length) note.push(line);
    }
  }
  flush();
  return found;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Labels as names, or as `{name}` objects in some versions of the export. */
function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels
    .map((label) => (typeof label === 'string' ? label : isRecord(label) ? label.name : null))
    .filter((label): label is string => typeof label === 'string');
}

function toItem(
  entry: unknown,
  where: string,
  contents: Map<string, string>,
  highlights: Map<string, ImportedHighlight[]>,
): ImportItem {
  if (!isRecord(entry) || typeof entry.url !== 'string') throw new ImportFileError('bad-data', where);
  // readingProgress is a percentage; an article read to the end is a read one.
  const percent = typeof entry.readingProgress === 'number' ? entry.readingProgress : 0;
  const progress = Math.min(1, Math.max(0, percent / 100));
  const slug = typeof entry.slug === 'string' ? entry.slug : '';
  return importItem(entry.url.trim(), {
    title: textOrNull(entry.title),
    excerpt: textOrNull(entry.description),
    byline: textOrNull(entry.author),
    publishedTime: textOrNull(entry.publishedAt),
    savedAt: toEpochMs(entry.savedAt),
    tags: labelNames(entry.labels),
    read: progress >= 0.98 ? 1 : 0,
    archived: entry.state === 'Archived' ? 1 : 0,
    progress,
    html: contents.get(slug) || null,
    highlights: highlights.get(slug) ?? [],
  });
}

/**
 * Omnivore's export ZIP: `metadata_*.json` batches of entries and `content/<slug>.html` with each article's
 * HTML, sometimes missing (those are fetched like any link), and `highlights/<slug>.md` with the article's
 * highlights and notes.
 */
export function parseOmnivore(files: Map<string, Uint8Array>): ImportItem[] {
  const contents = new Map<string, string>();
  const highlights = new Map<string, ImportedHighlight[]>();
  for (const name of files.keys()) {
    const slug = CONTENT.exec(name)?.[1];
    if (slug) contents.set(slug, zipText(files, name));
    const marked = HIGHLIGHTS.exec(name)?.[1];
    if (marked) highlights.set(marked, omnivoreHighlights(zipText(files, name)));
  }
  const items: ImportItem[] = [];
  for (const name of Array.from(files.keys())
    .filter((n) => METADATA.test(n))
    .sort()) {
    let batch: unknown;
    try {
      batch = JSON.parse(zipText(files, name));
    } catch (error) {
      if (error instanceof ImportFileError) throw error;
      throw new ImportFileError('bad-data', name);
    }
    if (!Array.isArray(batch)) throw new ImportFileError('bad-data', name);
    batch.forEach((entry, index) => items.push(toItem(entry, `${name} #${index + 1}`, contents, highlights)));
  }
  return items;
}
