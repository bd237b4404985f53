import { HTML, serve } from '../../tests/e2e/harness/serve';
import type { CorpusPage } from '../bench/corpus';

export interface CorpusServer {
  /** http://127.0.0.1:<port>/page/<id>.html */
  urlOf(id: string): string;
  close(): Promise<void>;
}

/**
 * Serves each corpus page's HTML exactly as stored at /page/<id>.html on 127.0.0.1; anything else is a
 * 404, so a page's relative stylesheets and images fail at once instead of reaching a network.
 * With `pageScripts` false every response forbids scripts (CSP `script-src 'none'`): the page's own inline
 * scripts would otherwise keep changing some pages' DOM on timers, which is noise for the before/after
 * comparison and for the timings. Extension content scripts and DevTools evaluation are not subject to the
 * page's CSP, so the reader and the in-page Readability run either way.
 */
export async function startCorpusServer(pages: CorpusPage[], pageScripts: boolean): Promise<CorpusServer> {
  const byPath = new Map(pages.map((page) => [`/page/${page.id}.html`, page]));
  const headers: Record<string, string> = pageScripts
    ? {}
    : { 'content-security-policy': "script-src 'none'" };
  const served = await serve(({ pathname }) => {
    const page = byPath.get(pathname);
    return page === undefined ? null : { type: HTML, body: page.html, headers };
  });
  return {
    urlOf: (id) => served.url(`/page/${encodeURIComponent(id)}.html`),
    close: served.close,
  };
}
