import { csvRows } from './csv-rows';
import { importItem, textOrNull, toEpochMs, type ImportItem } from './import-item';

/** Instapaper's tags column: a JSON array of names in newer files; anything else means no tags. */
function tagsOf(value: string | undefined): string[] {
  if (!value?.trim()) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((tag): tag is string => typeof tag === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Instapaper's CSV: `URL,Title,Selection,Folder`, newer files also `Timestamp` and `Tags`. The folder is a
 * state (Unread, Archive) or becomes a tag (Starred and the user's own folders).
 */
export function parseInstapaper(text: string): ImportItem[] {
  return csvRows(text, ['url', 'title', 'folder']).map((row) => {
    const folder = row.folder?.trim() ?? '';
    const archived = folder.toLowerCase() === 'archive' ? 1 : 0;
    const folderTag = folder && !/^(unread|archive)$/i.test(folder) ? [folder] : [];
    return importItem(row.url?.trim() ?? '', {
      title: textOrNull(row.title),
      excerpt: textOrNull(row.selection),
      savedAt: toEpochMs(row.timestamp),
      tags: [...folderTag, ...tagsOf(row.tags)],
      read: archived,
      archived,
    });
  });
}
