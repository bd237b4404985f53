import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { LibraryBrowser } from './chromium/library-browser';
import { hasNode, waitForAx } from './library/steps';
import { dialogs } from './scenarios/reader-ui';
import { comparePngs } from './security/pixels';
import { COMBINED, HOSTILE_SCRIPTS, HOSTILE_STYLESHEETS, startStyleServer } from './security/style-server';
import { ARTIFACTS_DIR } from './harness/paths';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { setSetting } from './security-data/snapshot';

/** At most this share of the viewport's pixels may differ from the reader on the plain page. */
const TOLERANCE = 0.002;
const SHOTS_DIR = resolve(ARTIFACTS_DIR, 'style-isolation');
const ARTICLE_TITLE = 'The Night Ferry Returns to the Northern Isles';
/** How long a page script's change to the font set may stand before the reader has answered it. */
const FONT_RECHECK_MS = 1500;

// Runs against the built extension in .output/chrome-mv3: `npm run build` first (`npm test` does).
describe('The reader looks the same on pages with hostile CSS and font scripts (Chromium, screenshots compared)', () => {
  let plain: Buffer | null = null;
  const ratios: Record<string, number> = {};
  const suite = useExtensionBrowser({
    kind: LibraryBrowser,
    profile: 'lectern-style-',
    startServer: startStyleServer,
    ready: async () => {
      await mkdir(SHOTS_DIR, { recursive: true });
      plain = await readerScreenshot(suite.server().plainUrl, 'plain');
    },
  });
  const open = () => suite.browser();
  const server = () => suite.server();

  /** Opens `url`, opens the reader with the toolbar button and returns a screenshot of the viewport. */
  async function readerScreenshot(url: string, name: string): Promise<Buffer> {
    const page = await open().openPage(url);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // The page as it looks under its own stylesheet, for a person checking the run.
    await writeFile(resolve(SHOTS_DIR, `${name}-page.png`), await page.screenshot());
    await open().clickToolbarButton();
    await waitForAx(
      open(),
      (tree) => dialogs(tree).length > 0 && hasNode('heading', ARTICLE_TITLE)(tree),
      'the reader with the article',
    );
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Let the reader's toolbar settle (a frame or two after the dialog opens).
    await delay(400);
    // A hostile script (font-takeover.js) has struck: give the reader time to answer it.
    if ((await fontsTakenOver(page)).length > 0) await delay(FONT_RECHECK_MS);
    const shot = await page.screenshot({ caret: 'initial' });
    await writeFile(resolve(SHOTS_DIR, `${name}.png`), shot);
    return shot;
  }

  /** The families a hostile page script took over (see font-takeover.js); none on a page without one. */
  const fontsTakenOver = (page: Page) =>
    page.evaluate(() => (window as { fontTakeover?: Promise<string[]> }).fontTakeover ?? []);

  const setSettings = (change: Record<string, string>) => setSetting(open(), change);

  afterAll(() => {
    console.log(`Style isolation, differing-pixel ratio against the plain page: ${JSON.stringify(ratios)}`);
  });

  async function differenceFromPlain(name: string): Promise<number> {
    const shot = await readerScreenshot(server().hostileUrl(name), name);
    if (HOSTILE_SCRIPTS.includes(name)) {
      // The script really did add faces named like the reader's, after the reader opened.
      expect(await fontsTakenOver(open().page)).not.toHaveLength(0);
    } else {
      // The hostile rules really are in force on the page: loaded, parsed, not empty.
      const rules = await open().page.evaluate(() =>
        Array.from(document.styleSheets).reduce((sum, sheet) => sum + sheet.cssRules.length, 0),
      );
      expect(rules).toBeGreaterThan(0);
    }
    const { ratio } = comparePngs(plain!, shot);
    ratios[name] = Number(ratio.toFixed(5));
    return ratio;
  }

  it.each([...HOSTILE_STYLESHEETS, ...HOSTILE_SCRIPTS, COMBINED])(
    'hostile page %s: the reader looks as it does on the plain page',
    async (name) => {
      expect(await differenceFromPlain(name)).toBeLessThanOrEqual(TOLERANCE);
    },
  );

  it('the comparison sees a change a user would see: another theme, or another font', async () => {
    try {
      await setSettings({ theme: 'sepia' });
      const sepia = comparePngs(plain!, await readerScreenshot(server().plainUrl, 'control-sepia'));
      await setSettings({ theme: 'auto', fontFamily: 'sans' });
      const sans = comparePngs(plain!, await readerScreenshot(server().plainUrl, 'control-sans'));
      ratios['control: sepia theme'] = Number(sepia.ratio.toFixed(5));
      ratios['control: sans font'] = Number(sans.ratio.toFixed(5));
      expect(sepia.ratio).toBeGreaterThan(0.5);
      expect(sans.ratio).toBeGreaterThan(TOLERANCE * 5);
    } finally {
      await setSettings({ theme: 'auto', fontFamily: 'serif' });
    }
  });
});
