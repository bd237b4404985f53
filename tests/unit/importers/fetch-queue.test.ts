import { describe, expect, it } from 'vitest';
import { fetchPage } from '../../../core/importers/fetch-page';
import { FetchQueue, type QueueEnvironment } from '../../../core/importers/fetch-queue';
import { importItem } from '../../../core/importers/import-item';
import { queueCounts, requeueFailed } from '../../../core/library/fetched-article';
import { importItems } from '../../../core/library/import-items';
import { findByCanonicalUrl } from '../../../core/library/library';
import { searchArticles } from '../../../core/library/search';
import { openTestLibrary } from '../library/open-db';
import { articlePage, fakeFetch } from './fake-site';

/** A clock that only moves when someone sleeps, and a log of when each request started. */
function environment(site: Parameters<typeof fakeFetch>[0]) {
  let clock = 0;
  const starts: Array<{ url: string; at: number }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = fakeFetch(site);
  const env: QueueEnvironment = {
    now: () => clock,
    sleep: async (ms) => {
      await new Promise((done) => setTimeout(done, 0));
      clock += ms;
    },
    fetchPage: async (url) => {
      starts.push({ url, at: clock });
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      const outcome = await fetchPage(url, { fetch, win: window });
      inFlight--;
      return outcome;
    },
  };
  return { env, starts, maxInFlight: () => maxInFlight };
}

const links = (urls: string[]) =>
  urls.map((url, i) => importItem(url, { title: `Link ${i}`, savedAt: 1000 + i }));

describe('the fetch queue', () => {
  it('fetches every link once, records failures with their reason, and fills articles in', async () => {
    const { db } = openTestLibrary();
    const site = {
      'https://a.example/1': { body: articlePage('One', 'marigolds') },
      'https://b.example/2': { redirectTo: 'https://b.example/2b' },
      'https://b.example/2b': { body: articlePage('Two') },
      'https://c.example/pdf': { type: 'application/pdf', body: '%PDF' },
    };
    await importItems(
      db,
      links([...Object.keys(site).filter((u) => !u.endsWith('2b')), 'https://d.example/gone']),
    );
    const { env, starts } = environment(site);
    await new FetchQueue(db, env).run();
    expect(starts).toHaveLength(4);
    expect(await queueCounts(db)).toEqual({ done: 2, failed: 2, left: 0 });
    const failed = await db.fetchQueue.where('state').equals('failed').toArray();
    expect(failed.map((t) => [t.url, t.reason, t.status])).toEqual(
      expect.arrayContaining([
        ['https://c.example/pdf', 'not-html', null],
        ['https://d.example/gone', 'http-status', 404],
      ]),
    );
    const one = await findByCanonicalUrl(db, 'https://a.example/1');
    expect(one).toMatchObject({ title: 'Link 0', savedAt: 1000 });
    expect(one!.wordCount).toBeGreaterThan(50);
    expect((await searchArticles(db, 'marigolds')).map((a) => a.article.id)).toEqual([one!.id]);
    expect((await findByCanonicalUrl(db, 'https://b.example/2'))!.url).toBe('https://b.example/2b');
  });

  it('asks at most 4 at once and one site at most once a second', async () => {
    const { db } = openTestLibrary();
    const urls = [
      ...Array.from({ length: 5 }, (_, i) => `https://same.example/${i}`),
      ...Array.from({ length: 8 }, (_, i) => `https://site${i}.example/`),
    ];
    await importItems(db, links(urls));
    const { env, starts, maxInFlight } = environment(
      Object.fromEntries(urls.map((url) => [url, { body: articlePage(url) }])),
    );
    await new FetchQueue(db, env).run();
    expect(starts).toHaveLength(13);
    expect(maxInFlight()).toBeLessThanOrEqual(4);
    const same = starts.filter((s) => s.url.startsWith('https://same.example/')).map((s) => s.at);
    for (let i = 1; i < same.length; i++) expect(same[i]! - same[i - 1]!).toBeGreaterThanOrEqual(1000);
    // Five requests to one site take four seconds by design: more than the default 5 s on a busy machine.
  }, 20_000);

  it('stops when asked and goes on with what is left, as after a restart; failed ones can be retried', async () => {
    const { db } = openTestLibrary();
    const urls = Array.from({ length: 6 }, (_, i) => `https://one.example/${i}`);
    await importItems(db, links([...urls, 'https://down.example/']));
    const site: Parameters<typeof fakeFetch>[0] = Object.fromEntries(
      urls.map((u) => [u, { body: articlePage(u) }]),
    );
    const first = environment(site);
    const queue = new FetchQueue(db, first.env);
    const running = queue.run();
    await new Promise((done) => setTimeout(done, 5));
    await queue.stop();
    await running;
    const partway = await queueCounts(db);
    expect(partway.left).toBeGreaterThan(0);
    // A new queue over the same database: a restarted background.
    const second = environment(site);
    await new FetchQueue(db, second.env).run();
    expect(await queueCounts(db)).toEqual({ done: 6, failed: 1, left: 0 });
    expect(first.starts.length + second.starts.length).toBe(7);
    expect(await db.articles.count()).toBe(7);

    site['https://down.example/'] = { body: articlePage('Back up') };
    expect(await requeueFailed(db)).toBe(1);
    await new FetchQueue(db, environment(site).env).run();
    expect(await queueCounts(db)).toEqual({ done: 7, failed: 0, left: 0 });
  });
});
