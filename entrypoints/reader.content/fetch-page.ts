import type { FetchedPage } from '../../core/reader/next-pages';

const HTML = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/**
 * Fetches a next page of the article from the page itself: same origin, with the page's cookies, so no
 * permission is needed. A redirect to any other address, an answer that is not HTML or an error status is
 * a typed failure; the page is parsed inert (nothing in it loads or runs).
 */
export async function fetchPage(url: string, signal: AbortSignal): Promise<FetchedPage> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include', signal });
  } catch (error) {
    if (signal.aborted) throw error;
    return { ok: false, reason: 'unreachable' };
  }
  const final = response.url || url;
  if (response.redirected && final.split('#')[0] !== url.split('#')[0])
    return { ok: false, reason: 'redirected' };
  if (!response.ok) return { ok: false, reason: 'unreachable' };
  if (!HTML.test(response.headers.get('content-type') ?? '')) return { ok: false, reason: 'not-html' };
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  // Its own addresses resolve against its own URL, not the page that fetched it.
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = final;
    doc.head.prepend(base);
  }
  return { ok: true, doc, url: final };
}
