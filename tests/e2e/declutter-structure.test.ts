import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths';
import { useExtensionBrowser } from './harness/use-extension-browser';

/**
 * The demo page with meaningless class names and no semantic elements or roles (an extraction fixture too):
 * in a real browser its clutter must be hidden by structure and style alone.
 */
const PAGE = resolve(REPO_ROOT, 'tests/fixtures/pages/seed-news-meaningless-names/source.html');

/** The page's own (meaningless) classes, which only this test knows the meaning of. */
const CLUTTER = { ticker: '.kj4k', sideColumn: '.k288a', newsletter: '.k224b', player: '.k2qk7' };
const ARTICLE_BODY = '.k1pwd';

const suite = useExtensionBrowser({
  server: async ({ pathname }) =>
    pathname === '/story/' ? { body: await readFile(PAGE), type: 'text/html; charset=utf-8' } : null,
});

const displays = (page: Page) =>
  page.evaluate(
    (selectors) => selectors.map((s) => getComputedStyle(document.querySelector(s)!).display),
    [...Object.values(CLUTTER), ARTICLE_BODY],
  );

async function waitFor(page: Page, open: boolean): Promise<void> {
  await page.waitForFunction((wanted) => !!document.querySelector('lectern-reader') === wanted, open, {
    timeout: 10_000,
  });
}

// Runs against the built extension in .output/chrome-mv3: `npm run build` first (`npm test` does).
describe('Declutter by structure (Chromium)', () => {
  it('hides the side column, ticker, newsletter box and player whatever their names, and restores the page', async () => {
    const { page } = await suite.browser().openTab(suite.server().url('/story/'));
    expect(await displays(page)).not.toContain('none');
    const before = await page.evaluate(() => document.documentElement.outerHTML);

    await suite.browser().clickToolbarButton(page);
    await waitFor(page, true);
    // Hiding runs once the reader is drawn, in steps; wait for the last marker to be set.
    await page.waitForFunction(
      (s) => getComputedStyle(document.querySelector(s)!).display === 'none',
      CLUTTER.player,
    );
    const [ticker, sideColumn, newsletter, player, body] = await displays(page);
    expect({ ticker, sideColumn, newsletter, player }).toEqual({
      ticker: 'none',
      sideColumn: 'none',
      newsletter: 'none',
      player: 'none',
    });
    expect(body).not.toBe('none');

    await page.keyboard.press('Escape');
    await waitFor(page, false);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(suite.browser().tab.errors).toEqual([]);
  });
});
