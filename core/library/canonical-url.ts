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

/** `value`, resolved against `base`, if it is an http(s) address; null for anything else (`javascript:`...). */
export function httpUrl(value: string | null | undefined, base?: string): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The host without the prefix a site's www, mobile or AMP copy adds (`www.`, `m.`, `amp.`). */
const siteHost = (host: string) => host.toLowerCase().replace(/^(?:www|m|amp)\./, '');

/**
 * Whether a page may name `canonical` as its address: only the same host, give or take a `www.`, `m.` or
 * `amp.`. A page that claims another host's address would otherwise overwrite, on save, the entry the user
 * keeps for it, and learn from the Save button whether it is in the reading list. Subdomains and parent
 * domains are other hosts: on a shared host (a blogging platform's user subdomains) they belong to
 * different people, and a page on evil.example.test replaced the user's example.test/story this way.
 * Another port is another server too.
 */
export function mayClaim(pageUrl: string, canonical: string): boolean {
  const page = httpUrl(pageUrl);
  const claimed = httpUrl(canonical);
  if (!page || !claimed) return false;
  // Another port is another server, possibly someone else's: the same rule as another host.
  return siteHost(page.hostname) === siteHost(claimed.hostname) && page.port === claimed.port;
}

export function canonicalUrlOf(pageUrl: string, canonicalHref?: string | null): string {
  const declared = httpUrl(canonicalHref, pageUrl);
  const chosen = (declared && mayClaim(pageUrl, declared.href) ? declared : null) ?? httpUrl(pageUrl);
  if (chosen) return cleaned(chosen);
  // Not an http(s) page (file:, data:): the URL itself, minus its fragment, still names it.
  return pageUrl.replace(/#.*$/, '');
}

/** The canonical link a document declares, as written (resolved by `canonicalUrlOf`). */
export function canonicalHrefIn(doc: Document): string | null {
  return doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null;
}
