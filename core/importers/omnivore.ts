import { ImportFileError } from './import-error';
import { importItem, textOrNull, toEpochMs, type ImportItem } from './import-item';
import { zipText } from './safe-unzip';

const METADATA = /^(?:[^/]*\/)?metadata_\d+_to_\d+\.json$|^(?:[^/]*\/)?metadata_[^/]*\.json$/;
const CONTENT = /^(?:[^/]*\/)?content\/([^/]+)\.html$/;

/** Whether a ZIP's file names are Omnivore's: `metadata_*.json` batches. */
export const isOmnivoreZip = (names: readonly string[]) => names.some((name) => METADATA.test(name));
export const isOmnivoreFile = (name: string) => METADATA.test(name) || CONTENT.test(name);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Labels as names, or as `{name}` objects in some versions of the export. */
function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels
    .map((label) => (typeof label === 'string' ? label : isRecord(label) ? label.name : null))
    .filter((label): label is string => typeof label === 'string');
}

function toItem(entry: unknown, where: string, contents: Map<string, string>): ImportItem {
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
  });
}

/**
 * Omnivore's export ZIP: `metadata_*.json` batches of entries and `content/<slug>.html` with each article's
 * HTML, sometimes missing (those are fetched like any link). Its `highlights/<slug>.md` are not read:
 * Lectern has no highlights yet.
 */
export function parseOmnivore(files: Map<string, Uint8Array>): ImportItem[] {
  const contents = new Map<string, string>();
  for (const name of files.keys()) {
    const slug = CONTENT.exec(name)?.[1];
    if (slug) contents.set(slug, zipText(files, name));
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
    batch.forEach((entry, index) => items.push(toItem(entry, `${name} #${index + 1}`, contents)));
  }
  return items;
}
