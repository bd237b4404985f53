import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract';
import { storedHtmlToFragment } from '../../../core/library/html';
import { toPayload } from '../../../core/library/payload';
import { isValidPayload } from '../../../core/library/valid-payload';
import { SEED_NEWS_DIR } from '../../support/paths';

function seedDocument(): Document {
  const html = readFileSync(resolve(SEED_NEWS_DIR, 'source.html'), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('what the reader sends to be saved', () => {
  it('is the extracted article as plain data: metadata, sanitized HTML that shows the same text, and that text', () => {
    const doc = seedDocument();
    // A DOMParser document has no window; extraction sanitizes with this one's.
    Object.defineProperty(doc, 'defaultView', { value: window });
    const extracted = extractArticle(doc);
    if (!extracted.ok) throw new Error(`no article: ${extracted.reason}`);
    const canonicalUrl = new URL('/story', extracted.article.url).href;
    const sent = toPayload(extracted.article, canonicalUrl);
    expect(sent).toMatchObject({ title: extracted.article.title, canonicalUrl });
    expect(structuredClone(sent)).toEqual(sent);
    expect(storedHtmlToFragment(sent.html).textContent!.replace(/\s+/g, ' ')).toBe(
      extracted.article.content.textContent!.replace(/\s+/g, ' '),
    );
    expect(sent.text.length).toBeGreaterThan(200);
    expect(isValidPayload(sent)).toBe(true);
  });

  it('is refused when a field has the wrong shape or the page is not http(s)', () => {
    const good = {
      url: 'https://a.example/',
      canonicalUrl: 'https://a.example/',
      title: 'T',
      byline: null,
      siteName: null,
      publishedTime: null,
      excerpt: null,
      lang: null,
      dir: null,
      wordCount: 1,
      readingMinutes: 1,
      html: '<p>x</p>',
      text: 'x',
    };
    expect(isValidPayload(good)).toBe(true);
    for (const bad of [
      { url: 'file:///etc/passwd' },
      { dir: 'up' },
      { wordCount: -1 },
      { title: 7 },
      { html: null },
    ]) {
      expect(isValidPayload({ ...good, ...bad })).toBe(false);
    }
    expect(isValidPayload(null)).toBe(false);
  });
});
