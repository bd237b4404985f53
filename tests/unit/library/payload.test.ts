import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract';
import { storedHtmlToFragment } from '../../../core/library/html';
import { toPayload } from '../../../core/library/payload';
import { isValidPayload } from '../../../core/library/article-fields';
import { EXPORT_FORMAT, EXPORT_VERSION, parseLibraryExport } from '../../../core/library/exchange';
import { SEED_NEWS_DIR } from '../../support/paths';

function seedDocument(): Document {
  const html = readFileSync(resolve(SEED_NEWS_DIR, 'source.html'), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const BAD_FIELDS = [
  { url: 'file:///etc/passwd' },
  { dir: 'up' },
  { wordCount: -1 },
  { title: 7 },
  { title: 'x'.repeat(10_001) },
  { html: null },
];

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
    for (const bad of BAD_FIELDS) expect(isValidPayload({ ...good, ...bad })).toBe(false);
    expect(isValidPayload(null)).toBe(false);

    // A file brought in by import is held to the same rules, field by field.
    const saved = {
      ...good,
      id: 'a1',
      savedAt: 1,
      updatedAt: 1,
      read: 0,
      archived: 0,
      tags: [],
      progress: 0,
    };
    const file = (article: object) =>
      JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '', articles: [article] });
    expect(parseLibraryExport(file(saved))).toHaveLength(1);
    for (const bad of BAD_FIELDS) {
      expect(() => parseLibraryExport(file({ ...saved, ...bad }))).toThrow(
        `bad-article:1:${Object.keys(bad)[0]}`,
      );
    }
  });
});
