/**
 * Whether the document is HTML (or XHTML), so that elements Lectern adds to it are HTML elements. An XML
 * or SVG file is not, even where Chromium shows it through an HTML viewer: the document itself stays XML.
 */
export function isHtmlDocument(doc: Document): boolean {
  return /html/i.test(doc.contentType || 'text/html') && doc.documentElement !== null;
}

/**
 * The one gate before reading a page: an HTML document in a window, with a <body> (a frameset page's
 * `body` is its <frameset>; XML, SVG and a document whose body was removed have none). A page fetched and
 * parsed by DOMParser (a next page, a page for an import) has no window of its own: `win` is then the
 * window it is read for.
 */
export function isReadableDocument(doc: Document, win: Window | null = doc.defaultView): boolean {
  return win !== null && isHtmlDocument(doc) && doc.body?.localName === 'body';
}
