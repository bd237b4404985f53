import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsingContextOf, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox/launch';
import { serve, type Served } from './harness/serve';
import { answer, kindOf } from './import/pocket-site';

const LINKS = 10;

// Firefox reads imported links' pages in its background page (Chrome in an offscreen document). Its pref
// extensions.webextOptionalPermissionPrompts=false grants an optional permission as the user would, with
// no prompt. All links are on one local site, so the 1-per-second limit makes this take about 10 s.
// Runs against the built extension in .output/firefox-mv3: `npm run build:firefox` first.
describe('moving in from Pocket in Firefox: links fetched in the background page', () => {
  let firefox: FirefoxWithExtension;
  let server: Served;
  let folder = '';
  beforeAll(async () => {
    server = await serve(answer);
    folder = await mkdtemp(join(tmpdir(), 'lectern-import-firefox-'));
    firefox = await launchFirefoxWithExtension(undefined, {
      'extensions.webextOptionalPermissionPrompts': false,
    });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('imports a Pocket CSV and reads or fails every link with its reason', async () => {
    const paths = { article: 'story', redirect: 'old', missing: 'gone', feed: 'feed', 'no-article': 'menu' };
    const rows = Array.from(
      { length: LINKS },
      (_, n) => `Link ${n},${server.url(`/${paths[kindOf(n)]}/${n}`)},${1e9 + n},,unread`,
    );
    const csv = join(folder, 'part_000000.csv');
    await writeFile(csv, ['title,url,time_added,tags,status', ...rows].join('\n'));
    const page = await firefox.browser.newPage();
    // puppeteer's goto never returns for moz-extension: pages; the raw BiDi command does.
    await firefox.send('browsingContext.navigate', {
      context: browsingContextOf(page),
      url: `${firefox.extensionOrigin}library.html`,
      wait: 'complete',
    });
    const input = (await page.waitForSelector('input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(csv);
    await page.waitForFunction(
      (n) => document.body.textContent?.includes(`Imported from Pocket: ${n} new`),
      {},
      LINKS,
    );
    await (await page.waitForSelector('::-p-text(Fetch the pages)'))!.click();
    await page.waitForFunction(() => document.body.textContent?.includes('Import finished:'), {
      timeout: 90_000,
    });
    const summary = await page.evaluate(
      () => document.querySelector('.import-panel [role=status]')?.textContent,
    );
    const read = Array.from({ length: LINKS }, (_, n) => kindOf(n)).filter(
      (k) => k === 'article' || k === 'redirect',
    );
    expect(summary).toBe(
      `Import finished: ${read.length} articles read, ${LINKS - read.length} could not be read.`,
    );
    const failures = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.fetch-failures li'), (li) => li.textContent),
    );
    expect(failures).toEqual(
      expect.arrayContaining([
        `${server.url('/gone/3')}: the site answered 404`,
        `${server.url('/feed/7')}: not a web page`,
        `${server.url('/menu/9')}: no article found on the page`,
      ]),
    );
  });
});
