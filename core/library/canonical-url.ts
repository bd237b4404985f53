/**
 * The address that identifies an article in the library, so that saving the same page twice updates one
 * entry. A page's own `<link rel=canonical>` wins; otherwise its URL without the fragment and without the
 * tracking parameters that newsletters and ad networks append.
 */
const TRACKING =
  /^(?:utm_.+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok)$/i;

function cleaned(url: URL): string {
  url.hash = '';
  // forEach, not keys(): in a Firefox content script `url` is an Xray of the page's URL, and its iterator
  // cannot be iterated there ("XrayWrapper denied access to property Symbol.iterator").
  const names = new Set<string>();
  url.searchParams.forEach((_value, name) => names.add(name));
  for (const name of names) if (TRACKING.test(name)) url.searchParams.delete(name);
  if (url.search === '?') url.search = '';
  return url.href;
}

function httpUrl(value: string | null | undefined, base?: string): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function canonicalUrlOf(pageUrl: string, canonicalHref?: string | null): string {
  const chosen = httpUrl(canonicalHref, pageUrl) ?? httpUrl(pageUrl);
  if (chosen) return cleaned(chosen);
  // Not an http(s) page (file:, data:): the URL itself, minus its fragment, still names it.
  return pageUrl.replace(/#.*$/, '');
}

/** The canonical link a document declares, as written (resolved by `canonicalUrlOf`). */
export function canonicalHrefIn(doc: Document): string | null {
  return doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null;
}
