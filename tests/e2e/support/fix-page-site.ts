import { pageFile } from '../harness/page-server';
import type { Reply } from '../harness/serve';

/** The 3-page article: /series/?page=N. */
export const SERIES = '/series/';
/** Its copy whose page 2 redirects to another address. */
export const BROKEN_SERIES = '/broken-series/';
/** Its copy whose page 2 is plain text. */
export const TEXT_SERIES = '/text-series/';

/** tests/e2e/pages/, with the series of fix-page/series-N.html served at the addresses above. */
export async function fixPageSite(url: URL): Promise<Reply> {
  const page = url.searchParams.get('page') ?? '1';
  if (url.pathname === BROKEN_SERIES && page !== '1')
    return { status: 302, headers: { location: '/elsewhere/' } };
  if (url.pathname === TEXT_SERIES && page !== '1')
    return { body: 'Page 2 of the harbour story, as plain text.', type: 'text/plain; charset=utf-8' };
  if (url.pathname === SERIES || url.pathname === BROKEN_SERIES || url.pathname === TEXT_SERIES)
    return pageFile(new URL(`/fix-page/series-${page}.html`, url));
  return pageFile(url);
}
