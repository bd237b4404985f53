import { afterEach, describe, expect, it } from 'vitest';
import { targetAt } from '../../../core/annotate/selectors';
import type { LibraryDb } from '../../../core/library/db';
import { addHighlight, removeHighlight, updateHighlight } from '../../../core/library/highlights';
import { removeArticle, saveArticle, updateArticle } from '../../../core/library/library';
import type { ArticlePayload } from '../../../core/library/record';
import { searchArticles } from '../../../core/library/search';
import { compactSearchIndex, compactionDone } from '../../../core/library/search/write';
import { payload } from './make-article';
import { openTestLibrary } from './open-db';

let db: LibraryDb;
afterEach(() => db?.close());

let next = 0;
async function save(change: Partial<ArticlePayload>): Promise<string> {
  next++;
  const url = change.url ?? `https://news.example/${next}`;
  const result = await saveArticle(db, payload({ url, html: '', ...change }), 1000 + next);
  if (!result.ok) throw new Error('save failed');
  return result.id;
}

const titles = async (query: string, options?: Parameters<typeof searchArticles>[2]) =>
  (await searchArticles(db, query, options)).map((hit) => hit.article.title);

/** The snippet with its marked words in brackets. */
const marked = async (query: string) =>
  (await searchArticles(db, query)).map((hit) =>
    hit.snippet?.map((part) => (part.match ? `[${part.text}]` : part.text)).join(''),
  );

describe('ranked search', () => {
  it('puts the article most about the words first, not the newest', async () => {
    ({ db } = openTestLibrary());
    await save({ title: 'Ferries', text: 'The ferries sail at dawn. One lighthouse stands on the cape.' });
    await save({
      title: 'Lighthouses of the coast',
      text: 'The lighthouse keeper lit the lighthouse lamp; every lighthouse on the coast answered.',
    });
    await save({ title: 'Weather', text: 'Rain, then sun, and wind over the water for days on end.' });
    expect(await titles('lighthouse')).toEqual(['Lighthouses of the coast', 'Ferries']);
  });

  it('counts a word of the title for more than the same word in the body', async () => {
    ({ db } = openTestLibrary());
    await save({ title: 'Notes on trains', text: 'A long day about harbours, and the trams.' });
    await save({ title: 'Trams return', text: 'A long day about harbours, and the ferries.' });
    expect(await titles('trams')).toEqual(['Trams return', 'Notes on trains']);
  });

  it('finds a word with a typo in it, after the words spelt right', async () => {
    ({ db } = openTestLibrary());
    await save({ title: 'Receipts', text: 'Keep every receipt of the journey.' });
    await save({ title: 'Lighthouse', text: 'The lighthouse keeper writes a diary.' });
    expect(await titles('lighthuose ')).toEqual(['Lighthouse']);
    expect(await titles('reciept ')).toEqual(['Receipts']);
    expect(await titles('recipe ')).toEqual([]);
    // Short words take no typos: one edit makes another word.
    expect(await titles('kep ')).toEqual([]);
  });

  it('follows the last word as it is typed, with or without a typo in what is typed so far', async () => {
    ({ db } = openTestLibrary());
    await save({ title: 'Lighthouse', text: 'The lighthouse keeper writes a diary.' });
    expect(await titles('lig')).toEqual(['Lighthouse']);
    expect(await titles('keeper dia')).toEqual(['Lighthouse']);
    expect(await titles('ligth')).toEqual(['Lighthouse']);
    // A finished word (a space after it) is not a prefix any more.
    expect(await titles('lig ')).toEqual([]);
  });

  it('needs every word to match', async () => {
    ({ db } = openTestLibrary());
    await save({ title: 'Bridge', text: 'The bridge opens.' });
    await save({ title: 'Cafe', text: 'The café opens.' });
    expect(await titles('bridge opens')).toEqual(['Bridge']);
    expect(await titles('bridge cafe')).toEqual([]);
  });

  it('searches tags, the site and highlights with their notes', async () => {
    ({ db } = openTestLibrary());
    const id = await save({
      title: 'Plain title',
      text: 'Nothing much to say here.',
      siteName: 'Harbour Gazette',
    });
    expect(await titles('gazette')).toEqual(['Plain title']);
    expect(await titles('seaside')).toEqual([]);
    await updateArticle(db, id, { tags: ['seaside'] });
    expect(await titles('seaside')).toEqual(['Plain title']);
    const highlight = await addHighlight(db, id, targetAt('Nothing much to say here.', 0, 12), 'yellow');
    await updateHighlight(db, highlight.id, { note: 'remember the albatross' });
    expect(await titles('albatross')).toEqual(['Plain title']);
    await removeHighlight(db, highlight.id);
    expect(await titles('albatross')).toEqual([]);
  });

  it('keeps the filters: unread, archived, tag', async () => {
    ({ db } = openTestLibrary());
    const a = await save({ title: 'Tide one', text: 'tide' });
    const b = await save({ title: 'Tide two', text: 'tide' });
    await save({ title: 'Tide three', text: 'tide' });
    await updateArticle(db, a, { read: 1, tags: ['sea'] });
    await updateArticle(db, b, { archived: 1 });
    expect((await titles('tide')).sort()).toEqual(['Tide one', 'Tide three']);
    expect(await titles('tide', { filter: 'unread' })).toEqual(['Tide three']);
    expect(await titles('tide', { filter: 'archived' })).toEqual(['Tide two']);
    expect(await titles('tide', { tag: 'sea' })).toEqual(['Tide one']);
  });

  it('forgets a removed article and the old words of one saved again', async () => {
    ({ db } = openTestLibrary());
    const id = await save({ url: 'https://x.example/a', title: 'Old', text: 'volcano' });
    await save({ url: 'https://x.example/a', title: 'New', text: 'glacier' });
    expect(await titles('volcano')).toEqual([]);
    expect(await titles('glacier')).toEqual(['New']);
    await removeArticle(db, id);
    expect(await titles('glacier')).toEqual([]);
  });

  it('finds Chinese, Japanese and Thai words inside unspaced text', async () => {
    ({ db } = openTestLibrary());
    await save({ title: '东京', text: '我们明天去东京塔看夜景。' });
    await save({ title: 'タワー', text: '東京タワーは夜がきれいです。' });
    await save({ title: 'ภาษา', text: 'ภาษาไทยง่ายนิดเดียว' });
    expect(await titles('东京塔')).toEqual(['东京']);
    expect(await titles('夜景')).toEqual(['东京']);
    expect(await titles('タワー')).toEqual(['タワー']);
    expect(await titles('ไทย')).toEqual(['ภาษา']);
    expect(await titles('นิด')).toEqual(['ภาษา']);
    expect(await marked('夜景')).toEqual(['我们明天去东京塔看[夜景]。']);
  });
});

describe('snippets', () => {
  const long = [
    'The morning was grey and the harbour was quiet.',
    'Nobody spoke of the lighthouse for a long while after the storm of that winter.',
    'Years later the keeper came back, and the lighthouse lamp was lit again on a clear night.',
    'The town gathered on the quay to watch it turn, and the ferries sounded their horns.',
  ].join(' ');

  it('show where the searched words stand, marked, cut at spaces', async () => {
    ({ db } = openTestLibrary());
    await save({ title: 'A story', text: long });
    const [snippet] = await marked('keeper lamp');
    expect(snippet).toContain('the [keeper] came back, and the lighthouse [lamp] was lit');
    expect(snippet!.startsWith('… ')).toBe(true);
  });

  it('mark the word a typo found', async () => {
    ({ db } = openTestLibrary());
    await save({ title: 'A story', text: long });
    const [snippet] = await marked('keepr ');
    expect(snippet).toContain('[keeper]');
  });

  it('mark the word itself, not a longer word holding it earlier in the text', async () => {
    ({ db } = openTestLibrary());
    await save({
      title: 'A story',
      text: `He tightened the clamp. ${'Nothing happened that day. '.repeat(30)}At last the lamp was lit.`,
    });
    const [snippet] = await marked('lamp ');
    expect(snippet).toContain('the [lamp] was lit');
    expect(snippet).not.toContain('c[lamp]');
  });

  it('find an accented word written without its accent, and the other way round', async () => {
    ({ db } = openTestLibrary());
    await save({ title: 'A story', text: `${'Rain fell. '.repeat(40)}We met at the café by the quay.` });
    expect(await marked('cafe ')).toEqual([expect.stringContaining('at the [café] by the quay')]);
  });

  it('are left out when only the title matched', async () => {
    ({ db } = openTestLibrary());
    await save({ title: 'Lighthouse', text: 'Nothing about it here.' });
    expect(await marked('lighthouse')).toEqual([undefined]);
  });
});

describe('the first screen', () => {
  it('comes first with its snippets, then the whole page in the same order', async () => {
    ({ db } = openTestLibrary());
    for (let i = 0; i < 25; i++)
      await save({
        title: `Tide ${i}`,
        text: `${'Calm water. '.repeat(i)}The tide ${'rose '.repeat(i + 1)}.`,
      });
    const first: Array<{ title: string; snippet: boolean }> = [];
    const all = await searchArticles(db, 'rose ', {}, (hits) =>
      first.push(...hits.map((h) => ({ title: h.article.title, snippet: h.snippet !== null }))),
    );
    expect(all).toHaveLength(25);
    expect(first).toHaveLength(10);
    expect(first.every((hit) => hit.snippet)).toBe(true);
    expect(first.map((hit) => hit.title)).toEqual(all.slice(0, 10).map((hit) => hit.article.title));
    // Most about the word first: the article that says it 25 times leads.
    expect(all[0]!.article.title).toBe('Tide 24');
    expect(all.every((hit) => hit.snippet)).toBe(true);
  });

  it('is all there is when the hits fit on it: nothing is handed over early', async () => {
    ({ db } = openTestLibrary());
    await save({ title: 'Tide', text: 'The tide rose.' });
    let calls = 0;
    expect(await searchArticles(db, 'tide ', {}, () => calls++)).toHaveLength(1);
    expect(calls).toBe(0);
  });
});

describe('the stored index', () => {
  it('stays right as it is merged: every article found once, as last saved', async () => {
    ({ db } = openTestLibrary());
    const ids: string[] = [];
    for (let i = 0; i < 20; i++)
      ids.push(
        await save({
          url: `https://m.example/${i}`,
          title: `M${i}`,
          text: i === 3 ? 'common volcano' : `common item${i}`,
        }),
      );
    await save({ url: 'https://m.example/3', title: 'M3 again', text: 'common changed' });
    await removeArticle(db, ids[5]!);
    await compactionDone(db);
    await compactSearchIndex(db);
    // 22 rows were written (20 saves, one again, one removal). Compaction merges a tier once it holds 8
    // rows, so how many rows are left depends on when the background merges ran; every tier is below 8.
    const tiers = (await db.searchIndex.orderBy('tier').keys()) as number[];
    expect(tiers.length).toBeLessThan(22);
    for (const tier of new Set(tiers)) expect(tiers.filter((t) => t === tier).length).toBeLessThan(8);
    const found = await titles('common', { limit: 100 });
    expect(found).toHaveLength(19);
    expect(found).toContain('M3 again');
    expect(found).not.toContain('M5');
    expect(await titles('volcano')).toEqual([]);
    expect((await titles('item7'))[0]).toBe('M7');
    expect(await titles('changed')).toEqual(['M3 again']);
  });
});
