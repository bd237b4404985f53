import { afterEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../core/extract';
import { toBlockText } from '../../../core/extract/block-text';
import { findFurniture } from '../../../core/extract/furniture';
import { narrowedCopy, readCopy } from '../../../core/extract/read-copy';
import { isThin } from '../../../core/extract/safety-net';

const STORY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the lifeboat crew launched twice in one night, first to a yacht with a fouled ` +
    'propeller and then to a fishing boat taking on water, and both crews were brought home safely.</p>',
).join('');

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function extract(body: string): ReturnType<typeof extractArticle> {
  dom = new JSDOM(`<!doctype html><html><head><title>Lifeboat</title></head><body>${body}</body></html>`, {
    url: 'https://example.com/story/',
  });
  return extractArticle(dom.window.document);
}

describe('the full-copy safety net', () => {
  it('finds an article the narrowed copy left out, as plain Readability does', () => {
    // Named like a promotion, and under half the page's prose beside a long comment thread: furniture to
    // the copy, which is then left with nothing.
    const comments = Array.from(
      { length: 8 },
      (_, i) => `<div class="c${i}"><p>${'A comment. '.repeat(40)}</p></div>`,
    );
    const result = extract(
      `<div class="story promo">${STORY}</div><div class="comments">${comments.join('')}</div>`,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(toBlockText(result.article.content)).toContain('Paragraph 6: the lifeboat crew');
  });

  it('keeps the narrowed reading when it holds the page’s prose', () => {
    const result = extract(
      `<nav><a href="/">Home</a></nav><article>${STORY}</article><aside><p>Most read</p></aside>`,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(toBlockText(result.article.content)).not.toContain('Most read');
  });
});

describe('whether the narrowed reading is thin', () => {
  it('counts the densest block as held when Readability kept its words in elements of its own', () => {
    // Readability passes over a block named like remarks, finds under 500 characters, and reads the copy again
    // from its HTML: the paragraphs it then keeps are new elements, mapped to nothing on the page.
    dom = new JSDOM(
      `<!doctype html><html><head><title>Lifeboat</title></head><body><nav><a href="/">Home</a></nav>` +
        `<article><p>The station's two boats were called out three times this week.</p>` +
        `<div class="remarks">${STORY}</div></article></body></html>`,
      { url: 'https://example.com/story/' },
    );
    const doc = dom.window.document;
    const furniture = findFurniture(doc);
    const reading = readCopy(narrowedCopy(doc, furniture), furniture, 200);
    expect(reading).not.toBeNull();
    const paragraphs = Array.from(reading!.content.getElementsByTagName('p'));
    expect(paragraphs.length).toBeGreaterThanOrEqual(6);
    expect(paragraphs.some((p) => reading!.liveOf.has(p))).toBe(false);
    expect(isThin(reading, furniture)).toBe(false);
  });
});
