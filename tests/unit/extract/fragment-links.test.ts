/** Footnote and "back to text" links inside an article must jump within the reader, never leave it. */
import { afterEach, describe, expect, it } from 'vitest';
import type { JSDOM } from 'jsdom';
import { extractArticle } from '../../../core/extract';
import { loadPage } from '../fixtures/load-page';

const ARTICLE =
  '<article><h1>Counting swifts</h1>' +
  Array.from(
    { length: 4 },
    (_, i) =>
      `<p>Evening ${i + 1}: swifts were counted entering the nest boxes under the eaves, from the same chair, ` +
      'at the same window, for twenty minutes, and the number was written down before looking again.</p>',
  ).join('') +
  '<p>This year the total was the highest yet<a href="#fn1" id="ref1">1</a>, after a cold spring.</p>' +
  '<ol><li id="fn1">Fifty-two nest entries over twenty evenings. <a href="#ref1">Back</a></li></ol></article>';

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function footnoteLinks(head: string): { href: string | null; target: string | undefined }[] {
  dom = loadPage(
    `<!doctype html><html><head>${head}</head><body>${ARTICLE}</body></html>`,
    'https://www.fieldnotes.example/2024/swifts/',
  );
  const result = extractArticle(dom.window.document);
  if (!result.ok) throw new Error(`no article: ${result.reason}`);
  const content = result.article.content;
  return Array.from(content.querySelectorAll('a'), (a) => {
    const href = a.getAttribute('href');
    const target = href?.startsWith('#') ? content.querySelector(href)?.textContent?.slice(0, 10) : undefined;
    return { href, target };
  });
}

describe('in-article links', () => {
  it('point at the footnote and back inside the article', () => {
    expect(footnoteLinks('<title>Counting swifts</title>')).toEqual([
      { href: '#lectern-fn1', target: 'Fifty-two ' },
      { href: '#lectern-ref1', target: '1' },
    ]);
  });

  it('still point inside the article when the page sets a <base href> elsewhere', () => {
    expect(
      footnoteLinks('<title>Counting swifts</title><base href="https://static.fieldnotes.example/journal/">'),
    ).toEqual([
      { href: '#lectern-fn1', target: 'Fifty-two ' },
      { href: '#lectern-ref1', target: '1' },
    ]);
  });
});
