import { importItem, textOrNull, toEpochMs, type ImportItem } from './import-item';

/** Whether a file is a Netscape bookmark file, as every browser exports bookmarks. */
export function isBookmarksFile(text: string): boolean {
  return /^\s*<!DOCTYPE\s+NETSCAPE-Bookmark-file-1>/i.test(text);
}

/**
 * The folder names above a link, outermost first. Each folder is a `<DT><H3>name</H3><DL>…</DL>`; the
 * browser's own roots (the bookmarks bar, "Other bookmarks") are no tag the user chose.
 */
function foldersOf(link: Element): string[] {
  const folders: string[] = [];
  for (let node = link.parentElement; node; node = node.parentElement) {
    if (node.localName !== 'dl') continue;
    const heading = node.previousElementSibling;
    if (heading?.localName !== 'h3') continue;
    if (heading.hasAttribute('personal_toolbar_folder') || heading.hasAttribute('unfiled_bookmarks_folder')) {
      continue;
    }
    const name = textOrNull(heading.textContent);
    if (name) folders.unshift(name);
  }
  return folders;
}

/** Netscape bookmark HTML: every link, its folders as tags (and its own TAGS, from Firefox), unread. */
export function parseBookmarks(doc: Document): ImportItem[] {
  return Array.from(doc.querySelectorAll('a[href]'), (link) =>
    importItem(link.getAttribute('href')?.trim() ?? '', {
      title: textOrNull(link.textContent),
      savedAt: toEpochMs(link.getAttribute('add_date')),
      tags: [...foldersOf(link), ...(link.getAttribute('tags') ?? '').split(',').filter((t) => t.trim())],
    }),
  );
}
