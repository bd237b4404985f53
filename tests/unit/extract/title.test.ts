/**
 * The reader's heading is the article's title, without the site's name tacked on by the page's <title>.
 * @mozilla/readability 0.6.0 only splits titles at | - \ / > », and counts words by spaces.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { JSDOM } from 'jsdom';
import { extractArticle } from '../../../core/extract';
import { loadPage } from '../fixtures/load-page';

const STORY = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the dahlia tubers were lifted after the first frost, dried for a week, ` +
    'and packed in crates of dry compost in the garage, where they stayed until spring.</p>',
).join('');

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function titleOf(head: string, body = `<article>${STORY}</article>`): string | undefined {
  dom = loadPage(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'https://example.com/post/',
  );
  const result = extractArticle(dom.window.document);
  return result.ok ? result.article.title : undefined;
}

describe('article title', () => {
  it('drops the site name after a vertical bar', () => {
    expect(titleOf('<title>Overwintering Dahlias in a Cold Garden | The Allotment Diary</title>')).toBe(
      'Overwintering Dahlias in a Cold Garden',
    );
  });

  it('drops the site name after an en dash, the WordPress default separator', () => {
    const head =
      '<title>Overwintering Dahlias in a Cold Garden – The Allotment Diary</title>' +
      '<meta property="og:site_name" content="The Allotment Diary">';
    expect(titleOf(head)).toBe('Overwintering Dahlias in a Cold Garden');
  });

  it('drops the site name from a Chinese title, which has no spaces to count words by', () => {
    const head =
      '<title>老街上的修表铺 - 城市生活周刊</title><meta property="og:site_name" content="城市生活周刊">';
    expect(titleOf(head)).toBe('老街上的修表铺');
  });
});
