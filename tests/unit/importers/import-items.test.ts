import { describe, expect, it } from 'vitest';
import { anchorTarget, textMapOf } from '../../../core/annotate';
import { storedHtmlToFragment } from '../../../core/library/html';
import { listHighlights } from '../../../core/library/highlights';
import { importItem } from '../../../core/importers/import-item';
import { importExportFile } from '../../../core/library/import-file';
import { importItems } from '../../../core/library/import-items';
import { findByCanonicalUrl, getArticle, saveArticle, updateArticle } from '../../../core/library/library';
import { searchArticles } from '../../../core/library/search';
import { payload } from '../library/make-article';
import { openTestLibrary } from '../library/open-db';
import { sampleBytes, zipFolder } from './sample-files';

describe('importing items into the library', () => {
  it('adds links without content as link-only articles and queues them', async () => {
    const { db } = openTestLibrary();
    const summary = await importExportFile(db, zipFolder('pocket'), { now: 5e12 });
    expect(summary).toMatchObject({ format: 'pocket-csv', added: 5, updated: 0, skipped: 1, queued: 5 });
    expect(summary.skippedExamples).toEqual(['6: url']);
    const lights = await findByCanonicalUrl(db, 'https://harbour.example/lights');
    expect(lights).toMatchObject({ wordCount: 0, savedAt: 1.7e12, tags: ['boats', 'night'] });
    expect((await db.fetchQueue.get(lights!.id))?.state).toBe('queued');
    expect(await db.fetchQueue.count()).toBe(5);
    // Found by its title's words before its page is fetched.
    expect((await searchArticles(db, 'harbour')).map((a) => a.article.id)).toEqual([lights!.id]);
  });

  it('sanitizes imported content like every body and does not queue it', async () => {
    const { db } = openTestLibrary();
    const summary = await importExportFile(db, zipFolder('omnivore'));
    expect(summary).toMatchObject({ added: 2, queued: 1 });
    const lights = await findByCanonicalUrl(db, 'https://harbour.example/lights');
    const article = await getArticle(db, lights!.id);
    expect(article!.html).toContain('Keepers trim the wicks');
    expect(article!.html).not.toMatch(/script|onerror|javascript:/i);
    expect(article!.wordCount).toBeGreaterThan(20);
    expect(article!.progress).toBe(0.4);
    expect(await db.fetchQueue.get(lights!.id)).toBeUndefined();
  });

  it('merges with what is there by canonical URL: earlier save, tags united, the user’s state kept', async () => {
    const { db } = openTestLibrary();
    const saved = await saveArticle(db, payload({ url: 'https://harbour.example/lights' }), 1.8e12);
    if (!saved.ok) throw new Error('save failed');
    await updateArticle(db, saved.id, { tags: ['mine'], read: 1, progress: 0.7 }, 1.8e12);
    const summary = await importExportFile(db, sampleBytes('wallabag-export.json'));
    expect(summary).toMatchObject({ added: 1, updated: 1, queued: 1 });
    const article = await getArticle(db, saved.id);
    expect(article).toMatchObject({
      savedAt: Date.parse('2023-11-14T22:13:20+01:00'),
      tags: ['mine', 'boats', 'starred'],
      read: 1,
      archived: 0,
      progress: 0.7,
      title: 'The harbour bridge reopens',
    });
    // The body the user saved stays; nothing is queued for an article with content.
    expect(article!.text).toContain('harbour bridge carries trams');
    expect(await db.fetchQueue.get(saved.id)).toBeUndefined();
  });

  it('never duplicates: the same links twice in one file and again in a second import', async () => {
    const { db } = openTestLibrary();
    const items = [
      importItem('https://a.example/x?utm_source=feed', { tags: ['one'], savedAt: 2000 }),
      importItem('https://a.example/x#top', { tags: ['two'], savedAt: 1000 }),
    ];
    expect(await importItems(db, items, { now: 3000 })).toMatchObject({ added: 1, updated: 0 });
    expect(await importItems(db, items, { now: 4000 })).toMatchObject({ added: 0, updated: 1 });
    const all = await db.articles.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      canonicalUrl: 'https://a.example/x',
      savedAt: 1000,
      tags: ['one', 'two'],
    });
    expect(await db.fetchQueue.count()).toBe(1);
  });

  it('gives a link with content that was imported link-only its content', async () => {
    const { db } = openTestLibrary();
    await importExportFile(db, sampleBytes('pocket-export.html'));
    await importExportFile(db, zipFolder('omnivore'));
    const lights = await findByCanonicalUrl(db, 'https://harbour.example/lights');
    expect(lights!.wordCount).toBeGreaterThan(20);
    expect(lights!.tags).toEqual(['boats', 'night']);
    expect(lights!.savedAt).toBe(1.69e12);
  });

  it('brings Omnivore’s highlights and notes, anchored in the article, and never twice', async () => {
    const { db } = openTestLibrary();
    const summary = await importExportFile(db, zipFolder('omnivore'), { now: 5e12 });
    expect(summary.highlights).toBe(4);
    const lights = await findByCanonicalUrl(db, 'https://harbour.example/lights');
    const found = await listHighlights(db, lights!.id);
    expect(found.map((h) => [h.target.quote.exact, h.note, h.color])).toEqual([
      ['The harbour lights stay on all night', 'A note about the lights.', 'yellow'],
      // The quote across two paragraphs is the article's own text, which has no line break there.
      ['find their way home through the fog.Keepers trim the wicks', '', 'yellow'],
      [
        'a habit older than the lighthouse itself.',
        'A second note,\non two lines: *not* Markdown to Lectern, kept as text.',
        'yellow',
      ],
    ]);
    // Each is found again where the saved copy shows it, as the reader and the saved copy anchor them.
    const text = textMapOf(storedHtmlToFragment((await getArticle(db, lights!.id))!.html, window)).text;
    for (const h of found) {
      const span = anchorTarget(text, h.target);
      expect(span && text.slice(span.start, span.end)).toBe(h.target.quote.exact);
    }
    // A link not fetched yet keeps its highlight's words, to be found once its page is read.
    const lost = await findByCanonicalUrl(db, 'https://lost.example/content');
    const [kept] = await listHighlights(db, lost!.id);
    expect(kept!.target.quote).toMatchObject({ exact: 'Lost words worth keeping.', prefix: '', suffix: '' });
    expect(anchorTarget('Some words. Lost words worth keeping. More words.', kept!.target)).toMatchObject({
      start: 12,
      exact: true,
    });

    // The same export again: nothing added, nothing doubled.
    expect((await importExportFile(db, zipFolder('omnivore'), { now: 6e12 })).highlights).toBe(0);
    expect(await db.highlights.count()).toBe(4);
  });
});
