import { afterEach, describe, expect, it } from 'vitest';
import { targetAt } from '../../../core/annotate/selectors';
import type { LibraryDb } from '../../../core/library/db';
import {
  exportLibrary,
  ImportError,
  importArticles,
  parseLibraryExport,
} from '../../../core/library/exchange';
import {
  addHighlight,
  allHighlights,
  listHighlights,
  updateHighlight,
} from '../../../core/library/highlights';
import { saveArticle } from '../../../core/library/library';
import { payload } from './make-article';
import { openTestLibrary } from './open-db';

const dbs: LibraryDb[] = [];
const fresh = () => {
  const { db } = openTestLibrary();
  dbs.push(db);
  return db;
};
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

const TEXT = payload().text;
const at = (quote: string) => targetAt(TEXT, TEXT.indexOf(quote), TEXT.indexOf(quote) + quote.length);

async function highlighted(): Promise<{ db: LibraryDb; id: string }> {
  const db = fresh();
  const saved = await saveArticle(db, payload(), 1000);
  if (!saved.ok) throw new Error('save failed');
  const h = await addHighlight(db, saved.id, at('harbour bridge'), 'pink', 2000);
  await updateHighlight(db, h.id, { note: 'Line one\nline <two> & "three"' }, 3000);
  await addHighlight(db, saved.id, at('two years'), 'yellow', 4000);
  return { db, id: saved.id };
}

describe('highlights in the JSON export', () => {
  it('round-trip losslessly into an empty library', async () => {
    const { db, id } = await highlighted();
    const file = JSON.stringify(await exportLibrary(db));
    const target = fresh();
    await importArticles(target, parseLibraryExport(file));
    expect(await listHighlights(target, id)).toEqual(await listHighlights(db, id));
  });

  it('merge into a library that has the article: kept once, the newer edit wins', async () => {
    const { db, id } = await highlighted();
    const file = JSON.stringify(await exportLibrary(db));
    const [first] = await listHighlights(db, id);
    await updateHighlight(db, first!.id, { note: 'edited after the export' }, 9000);
    await importArticles(db, parseLibraryExport(file));
    const after = await listHighlights(db, id);
    expect(after).toHaveLength(2);
    expect(after.find((h) => h.id === first!.id)?.note).toBe('edited after the export');
  });

  it('import from a file made before highlights, with none', async () => {
    const { db } = await highlighted();
    const data = await exportLibrary(db);
    const old = { ...data, articles: data.articles.map(({ highlights: _h, ...a }) => a) };
    const target = fresh();
    await importArticles(target, parseLibraryExport(JSON.stringify(old)));
    expect(await allHighlights(target)).toEqual([]);
  });

  const hostile: [string, (h: Record<string, unknown>) => unknown, string][] = [
    ['a note that is not text', (h) => ({ ...h, note: { html: '<img src=x onerror=alert(1)>' } }), 'note'],
    ['a colour not offered', (h) => ({ ...h, color: 'red;background:url(//evil)' }), 'color'],
    [
      'a quote of 20,000 characters',
      (h) => ({
        ...h,
        target: {
          ...(h.target as object),
          quote: { type: 'TextQuoteSelector', exact: 'x'.repeat(20_000), prefix: '', suffix: '' },
        },
      }),
      'target',
    ],
    [
      'a negative position',
      (h) => ({
        ...h,
        target: { ...(h.target as object), position: { type: 'TextPositionSelector', start: -5, end: 3 } },
      }),
      'target',
    ],
    ['an id with a path in it', (h) => ({ ...h, id: '../../evil' }), 'id'],
    ['not an object', () => 'highlight', 'id'],
  ];
  for (const [what, change, field] of hostile) {
    it(`turn away a file with ${what}, naming where, and change nothing`, async () => {
      const { db, id } = await highlighted();
      const before = await allHighlights(db);
      const data = JSON.parse(JSON.stringify(await exportLibrary(db)));
      data.articles[0].highlights[1] = change(data.articles[0].highlights[1]);
      let error: unknown;
      try {
        await importArticles(db, parseLibraryExport(JSON.stringify(data)));
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toBe(`bad-article:1:highlights.2.${field}`);
      expect(await allHighlights(db)).toEqual(before);
      expect(await listHighlights(db, id)).toHaveLength(2);
    });
  }

  it('turn away highlights that are not a list', async () => {
    const { db } = await highlighted();
    const data = JSON.parse(JSON.stringify(await exportLibrary(db)));
    data.articles[0].highlights = { length: 1 };
    expect(() => parseLibraryExport(JSON.stringify(data))).toThrow('bad-article:1:highlights');
  });

  it('keep no unknown key of a highlight', async () => {
    const { db } = await highlighted();
    const data = JSON.parse(JSON.stringify(await exportLibrary(db)));
    data.articles[0].highlights[0].html = '<script>alert(1)</script>';
    data.articles[0].highlights[0].target.quote.extra = 1;
    const [article] = parseLibraryExport(JSON.stringify(data));
    expect(article!.highlights![0]).not.toHaveProperty('html');
    expect(article!.highlights![0]!.target.quote).not.toHaveProperty('extra');
  });
});
