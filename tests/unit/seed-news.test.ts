/**
 * The demo (seed) page, committed with the extraction fixtures: a news article wrapped in a ticker, a
 * related-articles sidebar, a newsletter box and a sticky video player. expected.json lists what the reader
 * must show and what it must not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JSDOM } from 'jsdom';
import { extractArticle, toBlockText, type ExtractResult } from '../../core/extract';
import { SEED_NEWS_DIR as SEED_DIR } from '../support/paths';
import { loadPage } from './fixtures/load-page';

interface SeedExpectations {
  title: string;
  siteName: string;
  paragraphs: string[];
  clutter: string[];
}

const PAGE_URL = 'https://www.bvi.news/dialogue-between-us-russia/';
const expected = JSON.parse(readFileSync(join(SEED_DIR, 'expected.json'), 'utf8')) as SeedExpectations;

let dom: JSDOM;
let pageBefore: string;
let result: ExtractResult;
let blocks: string[];
let text: string;
let textNodes: string[];

beforeAll(() => {
  dom = loadPage(readFileSync(join(SEED_DIR, 'source.html'), 'utf8'), PAGE_URL);
  pageBefore = dom.serialize();
  result = extractArticle(dom.window.document);
  if (!result.ok) throw new Error(`seed-news: no article (${result.reason})`);
  text = toBlockText(result.article.content);
  blocks = text.split('\n\n');
  const walker = dom.window.document.createTreeWalker(result.article.content, 4 /* NodeFilter.SHOW_TEXT */);
  textNodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes.push((node.nodeValue ?? '').replace(/\s+/g, ' ').trim());
  }
});
afterAll(() => dom.window.close());

/**
 * A one-word clutter string ("Close", "Subscribe", "Breaking") could be an ordinary word in the article, so
 * it only counts as leaked clutter when it stands alone: as a whole block or a whole text node, the way a
 * button label or a ticker badge would. Anything longer (headlines, "0:00", "×") must not appear at all.
 */
function couldBeAnArticleWord(clutter: string): boolean {
  return /^\p{L}+$/u.test(clutter);
}

describe('seed-news', () => {
  it('has the article title and site name', () => {
    expect(result.ok && result.article.title).toBe(expected.title);
    expect(result.ok && result.article.siteName).toBe(expected.siteName);
  });

  it.each(expected.paragraphs.map((p, i) => [i + 1, p] as const))(
    'shows paragraph %i as its own block',
    (_n, paragraph) => {
      expect(blocks).toContain(paragraph);
    },
  );

  it('shows the paragraphs in the order the page has them', () => {
    const positions = expected.paragraphs.map((p) => blocks.indexOf(p));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it.each(expected.clutter)('does not show the clutter %j', (clutter) => {
    expect(blocks).not.toContain(clutter);
    expect(textNodes).not.toContain(clutter);
    if (!couldBeAnArticleWord(clutter)) expect(text).not.toContain(clutter);
  });

  it('leaves the page exactly as it was', () => {
    expect(dom.serialize()).toBe(pageBefore);
  });

  it("finds the page's <article> as the region holding the story", () => {
    const article = dom.window.document.querySelector('article');
    expect(article).not.toBeNull();
    expect(result.ok && result.region).toBe(article);
  });
});
