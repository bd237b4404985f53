/**
 * "Updated <date>": the reader shows when the page says the article changed after it was published, and
 * only when that is on a later day.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { JSDOM } from 'jsdom';
import { extractArticle } from '../../../core/extract';
import { modifiedTimeOf } from '../../../core/extract/dates';
import { loadPage } from '../fixtures/load-page';

const STORY = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the harbour wall was rebuilt after the winter storms, stone by stone, ` +
    'by masons who had learned the trade from their fathers on the same coast.</p>',
).join('');
const PUBLISHED = '<meta property="article:published_time" content="2019-04-02T09:00:00Z">';

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function modifiedOf(head: string, body = ''): string | null | undefined {
  dom = loadPage(
    `<html><head><title>Harbour wall</title>${head}</head><body><article>${body}${STORY}</article></body></html>`,
    'https://example.com/harbour/',
  );
  const result = extractArticle(dom.window.document);
  if (!result.ok) throw new Error(result.reason);
  return result.article.modifiedTime;
}

describe('the date an article was updated', () => {
  it('reads article:modified_time', () => {
    expect(
      modifiedOf(`${PUBLISHED}<meta property="article:modified_time" content="2025-01-15T10:00:00Z">`),
    ).toBe('2025-01-15T10:00:00Z');
  });

  it('reads JSON-LD dateModified, inside a @graph too', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Coast News', dateModified: '2026-01-01' },
        {
          '@type': 'NewsArticle',
          headline: 'Harbour wall',
          datePublished: '2019-04-02T09:00:00Z',
          dateModified: '2024-11-30T12:00:00Z',
        },
      ],
    });
    expect(modifiedOf(`<script type="application/ld+json">${ld}</script>`)).toBe('2024-11-30T12:00:00Z');
  });

  it.each([
    [
      'a time after "Updated"',
      '<p>Published <time datetime="2019-04-02">2 April 2019</time>, updated <time datetime="2024-06-01T08:00:00Z">1 June 2024</time></p>',
    ],
    [
      'a time whose own text says so',
      '<p><time datetime="2024-06-01T08:00:00Z">Updated 1 June 2024</time></p>',
    ],
    ['German wording', '<p>Aktualisiert am <time datetime="2024-06-01T08:00:00Z">1. Juni 2024</time></p>'],
    ['French wording', '<p>Mis à jour le <time datetime="2024-06-01T08:00:00Z">1 juin 2024</time></p>'],
    [
      'the class "updated"',
      '<p><time class="entry-date updated" datetime="2024-06-01T08:00:00Z">1 June 2024</time></p>',
    ],
  ])('reads %s', (_, byline) => {
    expect(modifiedOf(PUBLISHED, byline)).toBe('2024-06-01T08:00:00Z');
  });

  it('ignores a time with no "updated" wording', () => {
    expect(
      modifiedOf(PUBLISHED, '<p>Published <time datetime="2024-06-01T08:00:00Z">1 June 2024</time></p>'),
    ).toBeUndefined();
  });

  it('shows nothing when the change is on the day of publication, earlier, or there is no publication date', () => {
    expect(
      modifiedOf(`${PUBLISHED}<meta property="article:modified_time" content="2019-04-02T17:45:00Z">`),
    ).toBeUndefined();
    expect(
      modifiedOf(`${PUBLISHED}<meta property="article:modified_time" content="2018-01-01T00:00:00Z">`),
    ).toBeUndefined();
    expect(
      modifiedOf('<meta property="article:modified_time" content="2025-01-15T10:00:00Z">'),
    ).toBeUndefined();
    expect(
      modifiedOf(`${PUBLISHED}<meta property="article:modified_time" content="not a date">`),
    ).toBeUndefined();
  });

  it('compares days as the page writes them, in its own time zone', () => {
    dom = loadPage(
      '<meta property="article:modified_time" content="2019-04-02T21:00:00-05:00">',
      'https://example.com/',
    );
    // 02:00 the next day in UTC, but the same evening where the page is.
    expect(modifiedTimeOf(dom.window.document, '2019-04-02T09:00:00-05:00')).toBeNull();
    expect(modifiedTimeOf(dom.window.document, '2019-04-01T09:00:00-05:00')).toBe(
      '2019-04-02T21:00:00-05:00',
    );
  });
});
