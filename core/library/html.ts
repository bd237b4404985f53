import { sanitizeToFragment } from '../extract/sanitize';

/**
 * Serialises a sanitized fragment for storage. The fragment is copied into a detached container of an
 * inert document and read back; nothing is ever parsed into a live page this way.
 */
export function fragmentToHtml(fragment: DocumentFragment, doc: Document = document): string {
  const inert = doc.implementation.createHTMLDocument('');
  const box = inert.createElement('div');
  box.append(inert.importNode(fragment, true));
  // eslint-disable-next-line no-restricted-properties -- reading, not writing, in an inert document.
  return box.innerHTML;
}

/**
 * Stored HTML, sanitized again before it is shown: parsed by DOMParser into an inert document (no scripts
 * run, nothing loads), then through the same allowlist as a freshly extracted article.
 */
export function storedHtmlToFragment(html: string, win: Window = window): DocumentFragment {
  const inert = new (win as Window & typeof globalThis).DOMParser().parseFromString(html, 'text/html');
  return sanitizeToFragment(inert.body, win);
}
