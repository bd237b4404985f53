import { afterEach, describe, expect, it } from 'vitest';
import type { JSDOM } from 'jsdom';
import { findNextPage } from '../../../core/extract';
import { loadPage } from '../fixtures/load-page';

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function page(html: string, url = 'https://example.com/story/'): Document {
  dom = loadPage(`<!doctype html><html><head>${html}</head><body>${html}</body></html>`, url);
  return dom.window.document;
}

describe('findNextPage', () => {
  it('follows rel=next to a page of the same article', () => {
    expect(findNextPage(page('<link rel="next" href="/story/2/">'))).toEqual({
      url: 'https://example.com/story/2/',
      number: 2,
      last: 2,
    });
  });

  it('reads numbered pagination on the same path, and the last page number', () => {
    const links =
      '<a href="?page=1">1</a><a href="?page=2">2</a><a href="?page=3">3</a><a href="/other/?page=9">9</a>';
    expect(findNextPage(page(links))).toEqual({
      url: 'https://example.com/story/?page=2',
      number: 2,
      last: 3,
    });
    expect(findNextPage(page(links, 'https://example.com/story/?page=2'))?.number).toBe(3);
  });

  it('ignores another origin, another story named rel=next, and the last page', () => {
    expect(findNextPage(page('<link rel="next" href="https://elsewhere.example/story/2/">'))).toBeNull();
    expect(findNextPage(page('<a rel="next" href="/another-story/">Next story</a>'))).toBeNull();
    expect(
      findNextPage(
        page('<a href="?page=1">1</a><a href="?page=2">2</a>', 'https://example.com/story/?page=2'),
      ),
    ).toBeNull();
  });
});
