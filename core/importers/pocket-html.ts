import { importItem, textOrNull, toEpochMs, type ImportItem } from './import-item';

/** Whether a document is Pocket's older HTML export: its "Unread" and "Read Archive" headings. */
export function isPocketHtml(doc: Document): boolean {
  const headings = Array.from(doc.querySelectorAll('h1'), (h) => h.textContent?.trim().toLowerCase());
  return headings.includes('unread') || headings.includes('read archive');
}

/**
 * Pocket's older HTML export: `<h1>Unread</h1>` and `<h1>Read Archive</h1>`, each followed by a list of
 * `<a href time_added tags="a,b">title</a>`.
 */
export function parsePocketHtml(doc: Document): ImportItem[] {
  const items: ImportItem[] = [];
  let archived: 0 | 1 = 0;
  for (const node of Array.from(doc.body.querySelectorAll('h1, a[href]'))) {
    if (node.localName === 'h1') {
      archived = /archive/i.test(node.textContent ?? '') ? 1 : 0;
      continue;
    }
    items.push(
      importItem(node.getAttribute('href')?.trim() ?? '', {
        title: textOrNull(node.textContent),
        savedAt: toEpochMs(node.getAttribute('time_added')),
        tags: (node.getAttribute('tags') ?? '').split(',').filter((tag) => tag.trim()),
        read: archived,
        archived,
      }),
    );
  }
  return items;
}
