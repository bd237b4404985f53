import { afterEach, describe, expect, it } from 'vitest';
import type { JSDOM } from 'jsdom';
import { extractArticle } from '../../../core/extract';
import { cloneWithMap } from '../../../core/extract/clone';
import { findArticleRegion } from '../../../core/extract/region';
import { loadPage } from '../fixtures/load-page';

const PARAGRAPHS = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of a long enough story about the harbour, the ropewalk and the people who worked there, ` +
    'told with plenty of commas, so that the extraction has real prose to score and keep.</p>',
).join('');

const NAV = '<header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>';
const FOOTER = '<footer><a href="/privacy/">Privacy</a></footer>';

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function page(body: string): Document {
  dom = loadPage(
    `<!doctype html><html lang="en"><head><title>Story</title></head><body>${body}</body></html>`,
    'https://example.com/story/',
  );
  return dom.window.document;
}

describe('article region', () => {
  it("is the page's own <article>, which also holds the title Readability leaves out", () => {
    const doc = page(
      `${NAV}<main><article><h1>Story</h1><div class="body">${PARAGRAPHS}</div></article></main>${FOOTER}`,
    );
    const result = extractArticle(doc);
    expect(result.ok && result.region).toBe(doc.querySelector('article'));
  });

  it('is the element around the kept text when the page has no <article>', () => {
    const doc = page(
      `${NAV}<div id="main"><div class="story-body">${PARAGRAPHS}</div><aside>More</aside></div>${FOOTER}`,
    );
    const result = extractArticle(doc);
    expect(result.ok && result.region).toBe(doc.querySelector('.story-body'));
  });

  it('is found without writing anything to the page', () => {
    const doc = page(`${NAV}<article>${PARAGRAPHS}</article>${FOOTER}`);
    const before = dom!.serialize();
    extractArticle(doc);
    expect(dom!.serialize()).toBe(before);
  });

  it('is null rather than the whole body', () => {
    const doc = page(`<p>Intro</p><p>Second</p>`);
    const { clone, liveOf } = cloneWithMap(doc);
    const content = clone.createElement('div');
    content.append(...Array.from(clone.body.children));
    expect(findArticleRegion(content, liveOf)).toBeNull();
  });

  it('is null when none of the kept elements came from the page', () => {
    const doc = page(PARAGRAPHS);
    const { liveOf } = cloneWithMap(doc);
    const content = doc.createElement('div');
    content.innerHTML = '<p>Built by the extractor, not copied from the page.</p>';
    expect(findArticleRegion(content, liveOf)).toBeNull();
  });
});
