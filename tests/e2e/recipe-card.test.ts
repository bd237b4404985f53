/**
 * Issue 23 in the browser: a recipe blog opens as its story and then a recipe card (times and yield,
 * ingredients under their headings, numbered steps) in every theme; a product page opens as its description,
 * specifications and FAQ, without the basket form, cart message and gallery controls. Screenshots go to
 * test-artifacts/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR } from './harness/paths';
import type { Reply } from './harness/serve';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { byRole, findAll, outline, textOf, type AxNode } from './support/ax-tree';

const FIXTURES = resolve(process.cwd(), 'tests', 'fixtures', 'pages');

/** A plain picture for the fixtures' photos, so the screenshots show where pictures stand. */
const PICTURE = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="533" viewBox="0 0 800 533">' +
    '<rect width="800" height="533" fill="#b98a5a"/><circle cx="400" cy="280" r="150" fill="#7a4f2a"/></svg>',
);

/** The fixtures' saved pages at /<slug>/, and one picture for every /img/ address. */
async function route(url: URL): Promise<Reply> {
  if (url.pathname.startsWith('/img/')) return { body: PICTURE, type: 'image/svg+xml' };
  const slug = /^\/(recipe-blog|product-page)\/$/.exec(url.pathname)?.[1];
  if (!slug) return null;
  return { body: await readFile(resolve(FIXTURES, slug, 'source.html')), type: 'text/html; charset=utf-8' };
}

const suite = useExtensionBrowser({ server: route });
const browser = () => suite.browser();

beforeAll(() => mkdir(ARTIFACTS_DIR, { recursive: true }));

const readerText = (tree: AxNode): string => {
  const dialog = findAll(tree, byRole('dialog')).find((node) => node.properties.modal === true);
  return dialog ? textOf(dialog) : '';
};

async function openReader(
  path: string,
  colorScheme: 'light' | 'dark',
): Promise<{ page: Page; text: string }> {
  const { page } = await browser().openTab(suite.server().url(path), {
    accessibility: true,
    viewport: { width: 1100, height: 1100 },
  });
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await browser().clickToolbarButton(page);
  for (let tries = 0; ; tries++) {
    const tree = await browser().axTree();
    const text = readerText(tree);
    if (text.length > 500) return { page, text };
    if (tries === 100) throw new Error(`The reader did not open on ${path}:\n${outline(tree)}`);
    await delay(100);
  }
}

/** Scrolls the reader (a closed shadow root: by keyboard, as a reader would) to the card's top. */
async function scrollToCard(page: Page): Promise<void> {
  for (let presses = 0; presses < 2; presses++) await page.keyboard.press('PageDown');
  await delay(300);
}

describe('a recipe blog', { timeout: 120_000 }, () => {
  it.each(['light', 'dark'] as const)('reads as the story, then a recipe card (%s)', async (scheme) => {
    const { page, text } = await openReader('/recipe-blog/', scheme);
    // Story, then the card: name, times and yield, ingredients under their headings, then the steps; each
    // found after the one before. Case aside: the card's labels are set in capitals by CSS, which Chromium
    // passes on to the accessibility tree.
    const lower = text.toLowerCase();
    let from = 0;
    for (const part of [
      'Every Saturday of my childhood',
      'Rye and caraway bread',
      'Prep',
      '1 loaf (16 slices)',
      'Ingredients',
      'For the sponge:',
      'rye sourdough starter',
      'For the dough:',
      'To finish:',
      'Method',
      'The night before',
      'On baking day',
      'cool on a rack',
    ]) {
      const index = lower.indexOf(part.toLowerCase(), from);
      expect(index, `“${part}” in the reader after what came before`).toBeGreaterThanOrEqual(0);
      from = index + part.length;
    }
    for (const clutter of ['Share this recipe', 'affiliate links', 'Rate it', 'Print Recipe'])
      expect(text).not.toContain(clutter);
    await scrollToCard(page);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, `recipe-card-${scheme}.png`) });
    await page.keyboard.press('PageDown');
    await delay(300);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, `recipe-card-${scheme}-steps.png`) });
    await page.close();
  });

  it('keeps the card in the sepia and high-contrast themes', async () => {
    const { page } = await openReader('/recipe-blog/', 'light');
    await scrollToCard(page);
    // `t` cycles the theme: auto → light → dark → sepia → high contrast, and back to auto for the next test
    // (the setting is kept in the profile).
    for (const theme of ['light', 'dark', 'sepia', 'high-contrast', 'auto']) {
      await page.keyboard.press('t');
      await delay(300);
      if (theme === 'sepia' || theme === 'high-contrast')
        await page.screenshot({ path: resolve(ARTIFACTS_DIR, `recipe-card-${theme}.png`) });
    }
    expect(readerText(await browser().axTree())).toContain('For the dough:');
    await page.close();
  });
});

describe('a product page', { timeout: 120_000 }, () => {
  it('reads as its description, specifications and FAQ, without the shop’s controls', async () => {
    const { page, text } = await openReader('/product-page/', 'light');
    for (const part of ['ventilated mesh', 'Specifications', '1.28 kg', 'Cleaning', 'Is it carry-on size?'])
      expect(text).toContain(part);
    for (const clutter of [
      'Added to your basket',
      'View basket',
      'Show picture',
      'Next image',
      'Share this product',
    ])
      expect(text).not.toContain(clutter);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'product-page-light.png') });
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await delay(300);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'product-page-light-2.png') });
    await page.close();
  });
});
