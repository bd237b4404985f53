import { describe, expect, it } from 'vitest';
import { fetchPage } from '../../../core/importers/fetch-page';
import { articlePage, fakeFetch } from './fake-site';

const SITE = {
  'https://a.example/story': { body: articlePage('Lights at the harbour') },
  'https://a.example/old': { redirectTo: 'https://a.example/story' },
  'https://a.example/feed.xml': { type: 'application/rss+xml', body: '<rss/>' },
  'https://a.example/broken': { status: 500, body: 'Oops' },
  'https://a.example/empty': { body: '<!doctype html><title>Nothing</title><p>Hi</p>' },
  'https://a.example/slow': { hang: true },
};
const read = (url: string, timeoutMs = 2000) =>
  fetchPage(url, { fetch: fakeFetch(SITE), win: window, timeoutMs });

describe('fetching a link’s page for the library', () => {
  it('reads the article through the reader’s extraction, sanitized, links absolute', async () => {
    const outcome = await read('https://a.example/story');
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.payload).toMatchObject({
      url: 'https://a.example/story',
      canonicalUrl: 'https://a.example/story',
      title: 'Lights at the harbour',
      lang: 'en',
    });
    expect(outcome.payload.text).toContain('trim the wicks');
    expect(outcome.payload.html).not.toContain('script');
    expect(outcome.payload.html).toContain('href="https://a.example/tides"');
  });

  it('follows redirects and keeps the address it ended at', async () => {
    const outcome = await read('https://a.example/old');
    expect(outcome.ok && outcome.payload.url).toBe('https://a.example/story');
  });

  it('says why it could not: status, not HTML, no article, timeout', async () => {
    expect(await read('https://a.example/missing')).toEqual({
      ok: false,
      reason: 'http-status',
      status: 404,
    });
    expect(await read('https://a.example/broken')).toEqual({ ok: false, reason: 'http-status', status: 500 });
    expect(await read('https://a.example/feed.xml')).toEqual({ ok: false, reason: 'not-html' });
    expect(await read('https://a.example/empty')).toEqual({ ok: false, reason: 'no-article' });
    expect(await read('https://a.example/slow', 50)).toEqual({ ok: false, reason: 'timeout' });
  });

  it('reports a network failure as one', async () => {
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    expect(await fetchPage('https://a.example/x', { fetch: failing, win: window })).toEqual({
      ok: false,
      reason: 'network',
    });
  });
});
