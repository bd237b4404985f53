import type { ArticlePayload } from '../../../core/library/record';

/** A saved-article payload as the reader sends it; fields overridable per test. */
export function payload(change: Partial<ArticlePayload> = {}): ArticlePayload {
  const url = change.url ?? 'https://news.example/2026/harbour-bridge';
  return {
    url,
    canonicalUrl: url,
    title: 'The harbour bridge reopens',
    byline: 'Ada Writer',
    siteName: 'Example News',
    publishedTime: '2026-03-01T08:00:00Z',
    excerpt: 'After two years of repairs',
    lang: 'en',
    dir: 'ltr',
    wordCount: 12,
    readingMinutes: 1,
    html: '<p>After two years of repairs the <em>harbour</em> bridge carries trams again.</p>',
    text: 'After two years of repairs the harbour bridge carries trams again.',
    ...change,
  };
}
