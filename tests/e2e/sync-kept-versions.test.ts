import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ARTIFACTS_DIR } from './harness/paths';
import { CouchServer } from './sync/couch-server';
import {
  articleByTitle,
  closeDevice,
  eventually,
  launchDevice,
  serverArticle,
  turnOnSync,
  type Device,
} from './sync/devices';

const CURRENT = '<p>The council approved the new tram line on Tuesday evening.</p>';
const KEPT = '<p>The council delayed its vote on the tram line until the spring.</p>';
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

// A body version another computer's merge kept (the same article's body changed on two computers while
// offline: the newer body won, the other went into `revisions`) reaches this computer with the article, and
// the saved copy shows it: a quiet line, the way to read it, and to make it the current version, which syncs
// back. One Chromium profile against PouchDB Server; `npm run build` first.
describe('a body version kept by a sync conflict, in the saved copy', () => {
  let couch: CouchServer | null = null;
  let device: Device | null = null;
  let folder = '';

  beforeAll(async () => {
    couch = await CouchServer.start();
    expect(await couch.json('/lectern', { method: 'PUT' })).toMatchObject({ ok: true });
    folder = await mkdtemp(join(tmpdir(), 'lectern-sync-kept-'));
    device = await launchDevice('A', folder, '--no-first-run');
    await turnOnSync(device, couch.origin, 'lectern');
  }, 120_000);

  afterAll(async () => {
    await closeDevice(device);
    await couch?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('is offered under the article, can be read, and made the current version', async () => {
    const keptAt = Date.UTC(2026, 2, 3, 9, 30);
    const { id, title, doc } = serverArticle(0, {
      html: CURRENT,
      text: textOf(CURRENT),
      bodyAt: Date.UTC(2026, 2, 4),
      revisions: [{ html: KEPT, text: textOf(KEPT), bodyAt: keptAt }],
    });
    const put = await couch!.json(`/lectern/${encodeURIComponent(id)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(doc),
    });
    expect(put).toMatchObject({ ok: true });
    const local = await eventually(
      () => articleByTitle(device!, title),
      (article) => article !== null,
      'the article on this computer',
    );

    const { page } = await device!.browser.openTab(
      device!.browser.extensionUrl(`library.html#/article/${encodeURIComponent(local!.id)}`),
    );
    const versions = page.getByRole('complementary', { name: 'Other versions of this article' });
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(keptAt);
    await versions.getByText(`Another version of this article was kept from ${when}.`).waitFor();
    await page.getByText(textOf(CURRENT)).waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'sync-kept-version-line.png') });

    await versions.getByRole('button', { name: 'Read it' }).click();
    await versions.getByText(`You are reading the version kept from ${when}.`).waitFor();
    await page.getByText(textOf(KEPT)).waitFor();
    expect(await page.getByText(textOf(CURRENT)).count()).toBe(0);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'sync-kept-version-reading.png') });

    await versions.getByRole('button', { name: 'Make it the current version' }).click();
    // The version read is the article now; the one it replaced is kept in its turn.
    await versions.getByRole('button', { name: 'Read it' }).waitFor();
    await page.getByText(textOf(KEPT)).waitFor();
    const server = await eventually(
      () => couch!.json(`/lectern/${encodeURIComponent(id)}`),
      (synced) => synced['html'] === KEPT,
      'the chosen version on the server',
    );
    expect((server['revisions'] as Array<{ html: string }>).map((r) => r.html)).toEqual([CURRENT]);

    // Opened again, the saved copy shows the chosen version.
    const again = await device!.browser.openTab(
      device!.browser.extensionUrl(`library.html#/article/${encodeURIComponent(local!.id)}`),
    );
    await again.page.getByText(textOf(KEPT)).waitFor();
    expect(device!.browser.uncaughtErrors()).toEqual([]);
  }, 180_000);
});
