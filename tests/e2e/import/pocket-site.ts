import { HTML, type Reply } from '../harness/serve';

/** Each link's site: `site<N>.example.test`, mapped to the page server by the browser's host rules. */
export const SITES = 10;
export const HOST_RULES = '--host-resolver-rules=MAP *.example.test 127.0.0.1';

export type LinkKind = 'article' | 'redirect' | 'missing' | 'feed' | 'no-article';

/** Which kind of page link `n` is: most are articles, with 404s, redirects and non-articles between them. */
export function kindOf(n: number): LinkKind {
  if (n % 10 === 3) return 'missing';
  if (n % 10 === 5) return 'redirect';
  if (n % 10 === 7) return 'feed';
  if (n % 10 === 9) return 'no-article';
  return 'article';
}

/** The word only link `n`'s article holds: searching for it must find that article. */
export const wordOf = (n: number) => `quillwort${n}x`;

function article(n: number): string {
  const prose = `Keepers of harbour ${n} trim their lamps at dusk and write ${wordOf(n)} in the log before midnight. `;
  return `<!doctype html><html lang="en"><head><title>Harbour story ${n}</title></head><body>
    <header><a href="/">Harbour news</a></header>
    <article><h1>Harbour story ${n}</h1>${`<p>${prose.repeat(4)}</p>`.repeat(5)}</article></body></html>`;
}

/** The link of item `n` on the server at `port`. */
export function linkOf(n: number, port: string): string {
  const path = { article: 'story', redirect: 'old', missing: 'gone', feed: 'feed', 'no-article': 'menu' }[
    kindOf(n)
  ];
  return `http://site${n % SITES}.example.test:${port}/${path}/${n}`;
}

/** A Pocket CSV of `count` links from number `first`, with a `cursor` column as newer exports have. */
export function pocketCsv(count: number, port: string, first = 0): string {
  const rows = Array.from({ length: count }, (_, i) => {
    const n = first + i;
    const status = n % 4 === 0 ? 'archive' : 'unread';
    return `Link ${n},${linkOf(n, port)},${1_700_000_000 + n},c${n},${n % 2 ? 'imported' : ''},${status}`;
  });
  return ['title,url,time_added,cursor,tags,status', ...rows].join('\n');
}

/** The page server's answers for every link of `pocketCsv`. */
export function answer(url: URL): Reply {
  const [, path, number] = url.pathname.split('/');
  const n = Number(number);
  if (path === 'story') return { body: article(n), type: HTML };
  if (path === 'old') return { status: 301, headers: { location: `/story/${n}` } };
  if (path === 'feed')
    return { body: '<?xml version="1.0"?><rss><channel/></rss>', type: 'application/rss+xml' };
  if (path === 'menu')
    return { body: '<!doctype html><title>Menu</title><ul><li>Home</li></ul>', type: HTML };
  return null;
}
