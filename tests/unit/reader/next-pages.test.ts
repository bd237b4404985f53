import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract';
import { mergePages } from '../../../core/extract/merge-pages';
import { loadNextPages, MAX_PAGES, type FetchedPage } from '../../../core/reader/next-pages';

const fragment = (html: string): DocumentFragment => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
};
const texts = (root: DocumentFragment) =>
  Array.from(root.querySelectorAll('p, h1')).map((el) => el.textContent);

describe('mergePages', () => {
  it('keeps the pages in order and drops the blocks an earlier page had', () => {
    const merged = mergePages(fragment('<div><h1>Title</h1><p>Lede</p><p>One</p></div>'), [
      fragment('<div><h1>Title</h1><p>Lede</p><p>Two</p></div>'),
      fragment('<div><p>Lede</p><p>Three</p></div>'),
    ]);
    expect(texts(merged)).toEqual(['Title', 'Lede', 'One', 'Two', 'Three']);
  });
});

function parsed(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
const story = (n: number, links: string) =>
  parsed(
    `<html><head>${links}</head><body><article>` +
      Array.from(
        { length: 4 },
        (_, i) =>
          `<p>Page ${n}, part ${i + 1}: plenty of prose about the harbour and the ropewalk, long enough.</p>`,
      ).join('') +
      '</article></body></html>',
  );

describe('loadNextPages', () => {
  const extract = (doc: Document) => extractArticle(doc, { window, minTextLength: 50 });
  const start = 'https://example.com/story/';
  const page = (n: number) => ({ url: `${start}?page=${n}`, number: n, last: 3 });

  it('follows each page to the next, reports progress, and stops at the last', async () => {
    const progress: string[] = [];
    const fetched: string[] = [];
    const result = await loadNextPages(start, page(2), {
      fetchPage: async (url): Promise<FetchedPage> => {
        fetched.push(url);
        const n = Number(new URL(url).searchParams.get('page'));
        return { ok: true, url, doc: story(n, n < 3 ? `<link rel="next" href="?page=${n + 1}">` : '') };
      },
      extract,
      onProgress: (n, last) => progress.push(`${n}/${last}`),
    });
    expect(fetched).toEqual([`${start}?page=2`, `${start}?page=3`]);
    expect(progress).toEqual(['2/3', '3/3']);
    expect(result.failure).toBeNull();
    expect(result.contents.map((c) => c.textContent)).toEqual([
      expect.stringContaining('Page 2, part 1'),
      expect.stringContaining('Page 3, part 1'),
    ]);
  });

  it('stops at a failing page and keeps the pages before it', async () => {
    const result = await loadNextPages(start, page(2), {
      fetchPage: async (url) =>
        url.endsWith('2')
          ? { ok: true, url, doc: story(2, '<link rel="next" href="?page=3">') }
          : { ok: false, reason: 'redirected' },
      extract,
      onProgress: () => {},
    });
    expect(result.contents).toHaveLength(1);
    expect(result.failure).toEqual({ page: 3, reason: 'redirected' });
  });

  it('never loads more than the page limit, nor a page twice', async () => {
    let fetches = 0;
    const endless = await loadNextPages(start, page(2), {
      fetchPage: async (url) => {
        fetches++;
        const n = Number(new URL(url).searchParams.get('page'));
        return { ok: true, url, doc: story(n, `<link rel="next" href="?page=${n + 1}">`) };
      },
      extract,
      onProgress: () => {},
    });
    expect(endless.contents).toHaveLength(MAX_PAGES - 1);
    expect(fetches).toBe(MAX_PAGES - 1);
    const loop = await loadNextPages(start, page(2), {
      fetchPage: async (url) => ({ ok: true, url, doc: story(2, '<link rel="next" href="?page=2">') }),
      extract,
      onProgress: () => {},
    });
    expect(loop.contents).toHaveLength(1);
  });
});
