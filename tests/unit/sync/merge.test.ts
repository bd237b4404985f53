import { describe, expect, it } from 'vitest';
import type { ArticleContent, SyncedHighlight } from '../../../core/sync/article-doc';
import { mergeAll, mergeArticles } from '../../../core/sync/merge';

const T0 = Date.UTC(2026, 2, 1);

function highlight(id: string, change: Partial<SyncedHighlight> = {}): SyncedHighlight {
  return {
    id,
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'harbour', prefix: 'the ', suffix: ' bridge' },
      position: { type: 'TextPositionSelector', start: 4, end: 11 },
    },
    color: 'yellow',
    note: '',
    createdAt: T0,
    updatedAt: T0,
    ...change,
  };
}

/** The same article as two devices had it when they last synced, changed per side. */
type SideChange = Partial<Omit<ArticleContent, 'summary'>> & { summary?: Partial<ArticleContent['summary']> };

function side(change: SideChange = {}): ArticleContent {
  const base: ArticleContent = {
    type: 'article',
    summary: {
      url: 'https://news.example/bridge',
      canonicalUrl: 'https://news.example/bridge',
      title: 'The harbour bridge reopens',
      byline: null,
      siteName: null,
      publishedTime: null,
      excerpt: null,
      lang: 'en',
      dir: 'ltr',
      wordCount: 9,
      readingMinutes: 1,
      savedAt: T0,
      updatedAt: T0,
      read: 0,
      archived: 0,
      tags: ['city'],
      progress: 0,
    },
    html: '<p>The harbour bridge reopens.</p>',
    text: 'The harbour bridge reopens.',
    bodyAt: T0,
    progressAt: T0,
    highlights: [],
    revisions: [],
  };
  return { ...base, ...change, summary: { ...base.summary, ...change.summary } };
}

describe('conflict rules: one article changed on two devices while offline', () => {
  it('keeps the reading position moved last, whichever side it is on', () => {
    const laptop = side({ summary: { progress: 0.8 }, progressAt: T0 + 1000 });
    const desktop = side({ summary: { progress: 0.3, updatedAt: T0 + 5000 }, progressAt: T0 + 2000 });
    expect(mergeArticles(laptop, desktop).summary.progress).toBe(0.3);
    expect(mergeArticles(desktop, laptop).summary.progress).toBe(0.3);
    expect(mergeArticles(laptop, desktop).progressAt).toBe(T0 + 2000);
  });

  it('merges the tags of both sides: a tag added on either device is never lost', () => {
    const laptop = side({ summary: { tags: ['city', 'trams'], updatedAt: T0 + 1 } });
    const desktop = side({ summary: { tags: ['city', 'weekend'], updatedAt: T0 + 2 } });
    expect(mergeArticles(laptop, desktop).summary.tags.sort()).toEqual(['city', 'trams', 'weekend']);
  });

  it('keeps the newer body and the other as a revision', () => {
    const laptop = side({ html: '<p>First edit.</p>', text: 'First edit.', bodyAt: T0 + 10 });
    const desktop = side({ html: '<p>Second edit.</p>', text: 'Second edit.', bodyAt: T0 + 20 });
    const merged = mergeArticles(laptop, desktop);
    expect(merged.html).toBe('<p>Second edit.</p>');
    expect(merged.bodyAt).toBe(T0 + 20);
    expect(merged.revisions).toEqual([{ html: '<p>First edit.</p>', text: 'First edit.', bodyAt: T0 + 10 }]);
    expect(mergeArticles(desktop, laptop)).toEqual(merged);
  });

  it('keeps no revision when both sides have the same body', () => {
    const merged = mergeArticles(side({ summary: { read: 1, updatedAt: T0 + 1 } }), side());
    expect(merged.revisions).toEqual([]);
  });

  it('never loses a highlight: both sides\u2019 highlights, and the later edit of one changed on both', () => {
    const laptop = side({
      highlights: [highlight('h1', { note: 'old note' }), highlight('h2', { color: 'green' })],
    });
    const desktop = side({
      highlights: [highlight('h1', { note: 'new note', updatedAt: T0 + 50 }), highlight('h3')],
    });
    const merged = mergeArticles(laptop, desktop);
    expect(merged.highlights.map((h) => h.id).sort()).toEqual(['h1', 'h2', 'h3']);
    expect(merged.highlights.find((h) => h.id === 'h1')?.note).toBe('new note');
    expect(mergeArticles(desktop, laptop)).toEqual(merged);
  });

  it('takes the title, read and archived state from the side edited last, and the earlier save date', () => {
    const laptop = side({ summary: { title: 'Renamed on the laptop', read: 1, updatedAt: T0 + 100 } });
    const desktop = side({ summary: { archived: 1, updatedAt: T0 + 200, savedAt: T0 + 5 } });
    const merged = mergeArticles(laptop, desktop);
    expect(merged.summary).toMatchObject({ title: 'The harbour bridge reopens', archived: 1, read: 0 });
    expect(merged.summary.savedAt).toBe(T0);
    expect(merged.summary.updatedAt).toBe(T0 + 200);
  });

  it('merges three sides in any order to the same article', () => {
    const a = side({ summary: { tags: ['a'], updatedAt: T0 + 1 }, highlights: [highlight('ha')] });
    const b = side({
      summary: { tags: ['b'], updatedAt: T0 + 2 },
      html: '<p>B</p>',
      text: 'B',
      bodyAt: T0 + 9,
    });
    const c = side({ summary: { tags: ['c'], progress: 0.5, updatedAt: T0 + 3 }, progressAt: T0 + 7 });
    const one = mergeAll([a, b, c]);
    expect(mergeAll([c, a, b])).toEqual(one);
    expect(mergeAll([b, c, a])).toEqual(one);
    expect(one.summary.tags).toEqual(['a', 'b', 'c']);
    expect(one.html).toBe('<p>B</p>');
    expect(one.summary.progress).toBe(0.5);
    expect(one.highlights.map((h) => h.id)).toEqual(['ha']);
    expect(one.revisions.map((r) => r.html)).toEqual(['<p>The harbour bridge reopens.</p>']);
  });
});
