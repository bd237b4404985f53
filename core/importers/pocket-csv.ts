import { csvRows } from './csv-rows';
import { importItem, textOrNull, toEpochMs, type ImportItem } from './import-item';

export const POCKET_COLUMNS = ['title', 'url', 'time_added', 'tags', 'status'] as const;

/**
 * One `part_*.csv` of Pocket's newer export (or a single CSV of it): `title,url,time_added,tags,status`,
 * sometimes with a `cursor` column; tags separated by `|`, time in Unix seconds, status unread or archive.
 */
export function parsePocketCsv(text: string): ImportItem[] {
  return csvRows(text, ['url', 'title', 'time_added']).map((row) => {
    const archived = row.status?.trim().toLowerCase() === 'archive' ? 1 : 0;
    return importItem(row.url?.trim() ?? '', {
      title: textOrNull(row.title),
      savedAt: toEpochMs(row.time_added),
      tags: (row.tags ?? '').split('|').filter((tag) => tag.trim()),
      // Pocket archives what was read: an archived item is a read one.
      read: archived,
      archived,
    });
  });
}
