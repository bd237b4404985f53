/** A page with an article long enough for the reader, naming `word` in its body. */
export function articlePage(title: string, word = 'lanterns'): string {
  const paragraph = `The keepers of the harbour light their ${word} at dusk, as the <a href="/tides">tide tables</a> say, and trim the wicks again at midnight. `;
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
    <nav><a href="/">Home</a></nav>
    <article><h1>${title}</h1>${Array.from({ length: 6 }, () => `<p>${paragraph.repeat(3)}</p>`).join('')}
<script>alert(1)</script></article></body></html>`;
}

type Answer = { status?: number; type?: string; body?: string; redirectTo?: string; hang?: boolean };

/**
 * A fetch over a table of addresses, as an extension page's fetch would answer: redirects followed (the
 * response says where it ended), unknown addresses 404, a hanging one waits for the abort signal.
 */
export function fakeFetch(site: Record<string, Answer>, log: string[] = []): typeof fetch {
  const answer = async (url: string, init: RequestInit | undefined, hops: number): Promise<Response> => {
    log.push(url);
    const entry = site[url] ?? { status: 404, type: 'text/html', body: 'Not found' };
    if (entry.hang) {
      return new Promise((_, fail) =>
        init?.signal?.addEventListener('abort', () => fail(init.signal!.reason), { once: true }),
      );
    }
    if (entry.redirectTo && hops < 5) return answer(entry.redirectTo, init, hops + 1);
    const response = new Response(entry.body ?? '', {
      status: entry.status ?? 200,
      headers: { 'content-type': entry.type ?? 'text/html; charset=utf-8' },
    });
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };
  return ((input: string | URL | Request, init?: RequestInit) =>
    answer(String(input), init, 0)) as typeof fetch;
}
