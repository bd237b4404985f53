import { afterEach, describe, expect, it } from 'vitest';
import { targetAt } from '../../../core/annotate/selectors';
import type { LibraryDb } from '../../../core/library/db';
import { addHighlight, updateHighlight } from '../../../core/library/highlights';
import {
  filterHighlightRows,
  highlightRows,
  tagsOfRows,
  type HighlightRow,
} from '../../../core/library/highlight-view';
import { removeArticle, saveArticle, updateArticle } from '../../../core/library/library';
import { payload } from './make-article';
import { openTestLibrary } from './open-db';

const dbs: LibraryDb[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

const BRIDGE = payload();
const CAFE = payload({
  url: 'https://food.example/cafe',
  title: 'A café by the river',
  text: 'The Café am Fluss serves coffee on the Straße by the water every morning.',
  html: '<p>The Café am Fluss serves coffee on the Straße by the water every morning.</p>',
});
const at = (text: string, quote: string) =>
  targetAt(text, text.indexOf(quote), text.indexOf(quote) + quote.length);

/** Two articles, three highlights (one with a note), tags on one article. */
async function library(): Promise<{ db: LibraryDb; rows: HighlightRow[]; bridgeId: string }> {
  const { db } = openTestLibrary();
  dbs.push(db);
  const bridge = await saveArticle(db, BRIDGE, 1000);
  const cafe = await saveArticle(db, CAFE, 1100);
  if (!bridge.ok || !cafe.ok) throw new Error('save failed');
  await updateArticle(db, cafe.id, { tags: ['food', 'berlin'] });
  await addHighlight(db, bridge.id, at(BRIDGE.text, 'two years'), 'yellow', 2000);
  const tram = await addHighlight(db, bridge.id, at(BRIDGE.text, 'carries trams again'), 'blue', 3000);
  await updateHighlight(db, tram.id, { note: 'Which tram lines? Ask the Verkehrsamt' }, 3500);
  await addHighlight(db, cafe.id, at(CAFE.text, 'Café am Fluss'), 'green', 4000);
  return { db, rows: await highlightRows(db), bridgeId: bridge.id };
}

const quotes = (rows: HighlightRow[]) => rows.map((r) => r.highlight.target.quote.exact);
const all = { text: '', color: null, tag: null };

describe('the reading list’s Highlights view', () => {
  it('lists every highlight newest first, with its article’s title, site and tags', async () => {
    const { rows } = await library();
    expect(quotes(rows)).toEqual(['Café am Fluss', 'carries trams again', 'two years']);
    expect(rows[0]!.article).toMatchObject({ title: 'A café by the river', tags: ['food', 'berlin'] });
    expect(rows[1]!.article).toMatchObject({ title: BRIDGE.title, siteName: 'Example News', tags: [] });
    expect(rows[1]!.highlight.note).toBe('Which tram lines? Ask the Verkehrsamt');
  });

  it('searches the quotes and the notes, every word, whatever the case and accents', async () => {
    const { rows } = await library();
    expect(quotes(filterHighlightRows(rows, { ...all, text: 'TRAMS' }))).toEqual(['carries trams again']);
    expect(quotes(filterHighlightRows(rows, { ...all, text: 'verkehrsamt' }))).toEqual([
      'carries trams again',
    ]);
    expect(quotes(filterHighlightRows(rows, { ...all, text: 'cafe fluss' }))).toEqual(['Café am Fluss']);
    expect(quotes(filterHighlightRows(rows, { ...all, text: 'tram years' }))).toEqual([]);
    // The article's title is not a highlight's text: "river" is only in the title.
    expect(quotes(filterHighlightRows(rows, { ...all, text: 'river' }))).toEqual([]);
    expect(filterHighlightRows(rows, { ...all, text: '   ' })).toHaveLength(3);
  });

  it('filters by colour and by the article’s tag, together with the search', async () => {
    const { rows } = await library();
    expect(quotes(filterHighlightRows(rows, { ...all, color: 'yellow' }))).toEqual(['two years']);
    expect(quotes(filterHighlightRows(rows, { ...all, tag: 'food' }))).toEqual(['Café am Fluss']);
    expect(filterHighlightRows(rows, { ...all, tag: 'food', color: 'blue' })).toEqual([]);
    expect(quotes(filterHighlightRows(rows, { text: 'again', color: 'blue', tag: null }))).toEqual([
      'carries trams again',
    ]);
    expect(tagsOfRows(rows)).toEqual(['berlin', 'food']);
  });

  it('leaves out the highlights of a deleted article', async () => {
    const { db, bridgeId } = await library();
    await removeArticle(db, bridgeId);
    expect(quotes(await highlightRows(db))).toEqual(['Café am Fluss']);
  });
});
