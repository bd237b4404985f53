/** JSON-LD, which Readability reads for the article's metadata: the one script the copy keeps. */
export function isStructuredData(el: Element): boolean {
  return el.tagName === 'SCRIPT' && /^\s*application\/ld\+json\s*$/i.test(el.getAttribute('type') ?? '');
}
