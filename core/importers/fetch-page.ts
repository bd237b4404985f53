import { canonicalHrefIn, canonicalUrlOf } from '../library/canonical-url';
import { toPayload } from '../library/payload';
import { extractWithinLimits } from '../reader/extract-within-limits';
import type { FetchOutcome } from './fetch-outcome';

export interface FetchPageOptions {
  /** The window's fetch: in an extension page with the host permission, any site without CORS. */
  fetch: typeof fetch;
  /** The window whose DOMParser parses the page and whose sanitizer cleans the article. */
  win: Window;
  timeoutMs?: number;
  /** A page's HTML larger than this is not read (the reader's own limits would refuse it anyway). */
  maxBytes?: number;
}

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i;

/** Reads the body up to `maxBytes`; null when it is longer. */
async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) return null;
  const text = await response.text();
  return text.length > maxBytes ? null : text;
}

/**
 * Fetches a link and reads its article through the reader's own extraction: redirects followed, no
 * cookies sent, a time limit; non-HTML answers, error statuses and pages without an article come back as
 * typed failures. The page is parsed by DOMParser (scripts never run, nothing loads) with a `<base>` at
 * its final address so that its relative links resolve there.
 */
export async function fetchPage(url: string, options: FetchPageOptions): Promise<FetchOutcome> {
  const { win, timeoutMs = 20_000, maxBytes = 8 * 1024 * 1024 } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  let html: string | null;
  try {
    response = await options.fetch(url, { redirect: 'follow', credentials: 'omit', signal });
    if (!response.ok) return { ok: false, reason: 'http-status', status: response.status };
    if (!HTML_TYPE.test(response.headers.get('content-type') ?? 'text/html')) {
      return { ok: false, reason: 'not-html' };
    }
    html = await readCapped(response, maxBytes);
  } catch (error) {
    const name = (error as { name?: string })?.name;
    return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network' };
  }
  if (html === null) return { ok: false, reason: 'too-large' };
  const finalUrl = response.url || url;
  const doc = new (win as Window & typeof globalThis).DOMParser().parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.href = finalUrl;
  doc.head.prepend(base);
  const result = await extractWithinLimits(doc, undefined, win);
  if (!result.ok) return { ok: false, reason: result.reason };
  const article = { ...result.article, url: finalUrl };
  if (article.title === doc.URL) article.title = finalUrl;
  return {
    ok: true,
    payload: toPayload(article, canonicalUrlOf(finalUrl, canonicalHrefIn(doc)), win.document),
  };
}
