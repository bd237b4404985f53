import { afterEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { bylineIn } from '../../../core/extract/byline';

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function blocks(html: string): Element[] {
  dom = new JSDOM(`<body>${html}</body>`);
  return Array.from(dom.window.document.body.children);
}

describe('bylineIn', () => {
  it('finds the byline by name, rel or itemprop, in document order', () => {
    expect(bylineIn(blocks('<h1>Story</h1><p class="article-byline">By Ana Silva</p>'))).toBe('By Ana Silva');
    expect(bylineIn(blocks('<div><a rel="author" href="/ana">Ana Silva</a></div>'))).toBe('Ana Silva');
    expect(bylineIn(blocks('<p class="dateline">Lisbon</p><p class="byline">By Ana</p>'))).toBe('Lisbon');
  });

  it('prefers the name inside a byline marked up with itemprop', () => {
    const found = bylineIn(
      blocks('<div itemprop="author"><span>Written by</span> <span itemprop="name">Ana Silva</span></div>'),
    );
    expect(found).toBe('Ana Silva');
  });

  it('skips empty and long blocks, and finds nothing without a byline', () => {
    const long = 'An author box that goes on about the writer at great length. '.repeat(3);
    expect(bylineIn(blocks(`<div class="author"></div><div class="author-box">${long}</div>`))).toBeNull();
    expect(bylineIn(blocks('<h1>Story</h1><p>Share</p>'))).toBeNull();
  });
});
