import { ImportFileError } from './import-error';
import { importItem, textOrNull, toEpochMs, type ImportItem } from './import-item';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether parsed JSON looks like wallabag's export: an array of entries with `url` and `is_archived`. */
export function isWallabag(data: unknown): data is unknown[] {
  return Array.isArray(data) && data.some((entry) => isRecord(entry) && 'is_archived' in entry);
}

/** Tags as names (the export) or as `{label}` objects (the API's shape, found in some exports). */
function tagNames(tags: unknown): string[] {
  if (!Array.isArray(tags)) return [];
  return tags
    .map((tag) => (typeof tag === 'string' ? tag : isRecord(tag) ? tag.label : null))
    .filter((tag): tag is string => typeof tag === 'string');
}

/** wallabag's JSON export: entries with their HTML content, archived and starred flags, and tags. */
export function parseWallabag(data: unknown[]): ImportItem[] {
  return data.map((entry, index) => {
    if (!isRecord(entry) || typeof entry.url !== 'string') {
      throw new ImportFileError('bad-data', `entry ${index + 1}`);
    }
    const archived = entry.is_archived === 1 || entry.is_archived === true ? 1 : 0;
    const starred = entry.is_starred === 1 || entry.is_starred === true;
    const authors = Array.isArray(entry.published_by)
      ? entry.published_by.filter((a) => typeof a === 'string')
      : [];
    return importItem(entry.url.trim(), {
      title: textOrNull(entry.title),
      savedAt: toEpochMs(entry.created_at),
      tags: [...tagNames(entry.tags), ...(starred ? ['starred'] : [])],
      read: archived,
      archived,
      html: typeof entry.content === 'string' && entry.content.trim() ? entry.content : null,
      byline: textOrNull(authors.join(', ')),
      publishedTime: textOrNull(entry.published_at),
    });
  });
}
