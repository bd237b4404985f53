import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths';
import { ARTIFACTS_DIR } from './harness/paths';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { comparePngs } from './security/pixels';
import { byRole, findAll, type AxNode } from './support/ax-tree';

/** Extraction fixtures shown in the reader: formulas, code and footnotes as a reader sees them. */
const FIXTURES = resolve(REPO_ROOT, 'tests/fixtures/pages');
const SLUGS = new Set(['maths', 'code-gutters', 'footnotes']);

const suite = useExtensionBrowser({
  server: async ({ pathname }) => {
    const slug = pathname.replaceAll('/', '');
    if (!SLUGS.has(slug)) return null;
    return { body: await readFile(resolve(FIXTURES, slug, 'source.html')), type: 'text/html; charset=utf-8' };
  },
});

/** Opens the fixture page, then the reader; returns the reader's dialog in the accessibility tree. */
async function openReaderOn(slug: string, height = 1400): Promise<AxNode> {
  const browser = suite.browser();
  const { page } = await browser.openTab(suite.server().url(`/${slug}/`), {
    viewport: { width: 1000, height },
    accessibility: true,
  });
  await browser.clickToolbarButton(page);
  for (let tries = 0; ; tries++) {
    const [dialog] = findAll(await browser.axTree(), byRole('dialog'));
    if (dialog) return dialog;
    if (tries === 100) throw new Error(`The reader did not open on ${slug}.`);
    await delay(100);
  }
}

const shot = (slug: string) =>
  suite.browser().page.screenshot({ path: resolve(ARTIFACTS_DIR, `reader-${slug}.png`) });

// Runs against the built extension in .output/chrome-mv3: `npm run build` first (`npm test` does).
describe('Formulas, code and footnotes in the reader (Chromium)', () => {
  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
  });

  it('draws the formulas as MathML', async () => {
    const dialog = await openReaderOn('maths');
    // Chromium's own role for a drawn <math> element.
    expect(findAll(dialog, byRole('MathMLMath'))).toHaveLength(6);
    await shot('maths');
  });

  it('shows the code blocks without line numbers', async () => {
    const dialog = await openReaderOn('code-gutters');
    const texts = findAll(dialog, (node) => node.role === 'StaticText').map((node) => node.name);
    expect(texts.some((text) => text.includes('scanner := bufio.NewScanner(file)'))).toBe(true);
    expect(texts.filter((text) => /^\d$/.test(text.trim()))).toEqual([]);
    await shot('code-gutters');
  });

  it('follows a footnote link to its note and back', async () => {
    // A short window, so that the notes are below the fold.
    await openReaderOn('footnotes', 500);
    const browser = suite.browser();
    const before = await shot('footnotes');
    // The page's ARIA roles for footnote links survive sanitizing.
    await browser.clickByRole('doc-noteref', '3');
    await delay(300);
    const atNote = await browser.page.screenshot();
    expect(comparePngs(before, atNote).differing).toBeGreaterThan(1000);
    await browser.clickByRole('doc-backlink', '↩');
    await delay(300);
    expect(comparePngs(atNote, await browser.page.screenshot()).differing).toBeGreaterThan(1000);
  });
});
