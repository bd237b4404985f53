import { afterEach, describe, expect, it } from 'vitest';
import { targetAt } from '../../../core/annotate/selectors';
import type { LibraryDb } from '../../../core/library/db';
import {
  addHighlight,
  listHighlights,
  removeHighlight,
  restoreHighlight,
  updateHighlight,
} from '../../../core/library/highlights';
import { getArticle, removeArticle, restoreArticle, saveArticle } from '../../../core/library/library';
import { payload } from './make-article';
import { openTestLibrary } from './open-db';

const dbs: LibraryDb[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

const TEXT = payload().text;
const at = (quote: string) => targetAt(TEXT, TEXT.indexOf(quote), TEXT.indexOf(quote) + quote.length);

async function savedArticle(): Promise<{ db: LibraryDb; id: string }> {
  const { db } = openTestLibrary();
  dbs.push(db);
  const saved = await saveArticle(db, payload(), 1000);
  if (!saved.ok) throw new Error('save failed');
  return { db, id: saved.id };
}

describe('highlights in the library', () => {
  it('keeps an article’s highlights in reading order, with colour and note', async () => {
    const { db, id } = await savedArticle();
    const later = await addHighlight(db, id, at('trams again'), 'blue', 2000);
    const first = await addHighlight(db, id, at('two years'), 'yellow', 3000);
    await updateHighlight(db, later.id, { note: 'Ask about the <b>timetable</b>', color: 'pink' }, 4000);
    const list = await listHighlights(db, id);
    expect(list.map((h) => [h.target.quote.exact, h.color, h.note])).toEqual([
      ['two years', 'yellow', ''],
      ['trams again', 'pink', 'Ask about the <b>timetable</b>'],
    ]);
    expect(list[1]!.updatedAt).toBe(4000);
    expect(first.articleId).toBe(id);
  });

  it('removes a highlight and puts it back exactly with Undo', async () => {
    const { db, id } = await savedArticle();
    const made = await addHighlight(db, id, at('harbour'), 'green', 2000);
    const removed = await removeHighlight(db, made.id);
    expect(await listHighlights(db, id)).toEqual([]);
    expect(await restoreHighlight(db, removed!)).toBe(true);
    expect(await listHighlights(db, id)).toEqual([made]);
  });

  it('goes with its article when the article is removed, and comes back with its Undo', async () => {
    const { db, id } = await savedArticle();
    const made = await addHighlight(db, id, at('harbour'), 'green', 2000);
    const removed = await removeArticle(db, id);
    expect(removed?.highlights).toEqual([made]);
    expect(await db.highlights.count()).toBe(0);
    expect(await restoreHighlight(db, made)).toBe(false);
    await restoreArticle(db, removed!);
    expect(await listHighlights(db, id)).toEqual([made]);
    expect(await getArticle(db, id)).not.toHaveProperty('highlights');
  });
});
