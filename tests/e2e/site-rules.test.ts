import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR } from './harness/paths';
import { pageFile } from './harness/page-server';
import { HTML, type Reply } from './harness/serve';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { byRole, findAll, textOf, type AxNode } from './support/ax-tree';
import { dialogText, noDialog, pickerOpen, readerShows, untilTree } from './support/reader-tree';

const COLUMNS = '/fix-page/two-columns.html';
/** The same page on a later visit: a banner above everything, a new first paragraph in the story. */
const COLUMNS_LATER = '/later/two-columns.html';
const REDESIGNED = '/fix-page/redesigned.html';

async function route(url: URL): Promise<Reply> {
  if (url.pathname !== COLUMNS_LATER) return pageFile(url);
  const reply = await pageFile(new URL(COLUMNS, url));
  const html = String(reply?.body)
    .replace('<body>', '<body><div class="banner"><p>The harbour newsletter: sign up today.</p></div>')
    .replace('<h2>The lighthouse keeper</h2>', '<h2>The lighthouse keeper</h2><p>Updated at noon.</p>');
  return { body: html, type: HTML };
}

// A profile of its own, kept across the relaunch: the rule must outlive the browser.
const suite = useExtensionBrowser({ server: route, profile: 'lectern-rules-' });
const browser = () => suite.browser();

const until = (what: string, ready: (tree: AxNode) => boolean): Promise<AxNode> =>
  untilTree(() => browser().axTree(), what, ready);

async function open(path: string): Promise<Page> {
  const { page } = await browser().openTab(suite.server().url(path), {
    accessibility: true,
    viewport: { width: 1200, height: 850 },
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return page;
}

async function openReader(page: Page, text: string): Promise<AxNode> {
  await browser().clickToolbarButton(page);
  return until(`The reader showing "${text}"`, readerShows(text));
}

const pageHtml = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);
const host = '127.0.0.1';

async function openOptions(): Promise<Page> {
  const { page } = await browser().openTab(browser().extensionUrl('options.html'), {
    accessibility: true,
    viewport: { width: 1200, height: 850 },
  });
  return page;
}
const rulesList = (tree: AxNode) => findAll(tree, byRole('list', 'Your article choices'));

// Runs against the built extension in .output/chrome-mv3: `npm run build` first.
describe('Always use this on a site (Chromium)', () => {
  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
  });

  it('picks the second story and remembers it for the site', async () => {
    const page = await open(COLUMNS);
    await openReader(page, 'Ropewalk, part 1');
    await browser().clickByRole('button', 'Pick the article');
    await until('The picker', pickerOpen);
    await page.keyboard.press('ArrowDown');
    await until('The first column announced', (t) =>
      findAll(t, byRole('status')).some((node) => textOf(node).includes('The ropewalk')),
    );
    await page.keyboard.press('ArrowRight');
    await until('The second column announced', (t) =>
      findAll(t, byRole('status')).some((node) => textOf(node).includes('The lighthouse keeper')),
    );
    await page.keyboard.press('Enter');
    const tree = await until('The picked story', readerShows('Lighthouse keeper, part 3'));
    expect(dialogText(tree)).toContain('Showing the part of the page you picked.');
    await browser().clickByRole('button', `Always use this on ${host}`);
    await until('The rule stored', readerShows(`Lectern will show this part of ${host} from now on.`));
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'site-rule-remembered.png') });
    expect(browser().tab.errors).toEqual([]);
  });

  it('after a browser restart the rule applies by itself, on a later version of the page too', async () => {
    await suite.relaunch();
    const page = await open(COLUMNS_LATER);
    const before = await pageHtml(page);
    const tree = await openReader(page, 'Lighthouse keeper, part 3');
    const text = dialogText(tree);
    expect(text).toContain(`Showing the part you chose for ${host}.`);
    expect(text).toContain('Updated at noon.');
    expect(text).not.toContain('Ropewalk, part 1');
    expect(text).not.toContain('sign up today');
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'site-rule-applied.png') });
    await page.keyboard.press('Escape');
    await until('The reader closing', noDialog);
    expect(await pageHtml(page)).toBe(before);
    expect(browser().tab.errors).toEqual([]);
  });

  it('on a page of the site where the rule finds nothing, the automatic reading, and a line saying so', async () => {
    const page = await open(REDESIGNED);
    const tree = await openReader(page, 'Redesign, part 6');
    expect(dialogText(tree)).toContain(
      `The part you chose for ${host} is not on this page any more, so Lectern found the article by itself.`,
    );
    expect(findAll(tree, byRole('button', 'Pick the article')).length).toBeGreaterThan(0);
  });

  /** The settings file exported in the profile that made the rule, for the fresh profile to import. */
  let file = '';

  it('the options page lists the rule, and the settings export carries it', async () => {
    const options = await openOptions();
    const tree = await until('The rule listed', (t) => rulesList(t).length > 0);
    const listed = textOf(rulesList(tree)[0]!);
    expect(listed).toContain(host);
    expect(listed).toContain('#story-b');
    await options.getByRole('heading', { name: 'Your article choices' }).scrollIntoViewIfNeeded();
    await options.screenshot({ path: resolve(ARTIFACTS_DIR, 'site-rules-options.png') });

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export settings' }).click();
    const folder = await suite.newProfile('lectern-rules-export-');
    file = join(folder, 'lectern-settings.json');
    await (await download).saveAs(file);
    const exported = JSON.parse(await readFile(file, 'utf8')) as { siteRules?: { host: string }[] };
    expect(exported.siteRules?.map((rule) => rule.host)).toEqual([host]);
  });

  it('a fresh profile that imports the file has the rule, and it applies there', async () => {
    expect(file, 'the export of the test before').not.toBe('');
    await suite.relaunch(undefined, await suite.newProfile('lectern-rules-fresh-'));
    const options = await openOptions();
    await until('No rules in the fresh profile', (t) => textOf(t).includes('No choices yet.'));
    await options.locator('input[type=file]').setInputFiles(file);
    const tree = await until('The imported rule', (t) => rulesList(t).length > 0);
    expect(textOf(rulesList(tree)[0]!)).toContain(host);
    const page = await open(COLUMNS);
    await openReader(page, 'Lighthouse keeper, part 3');
  });

  it('a rule deleted on the options page is gone from the reader too', async () => {
    await openOptions();
    await until('The rule listed', (t) => rulesList(t).length > 0);
    await browser().clickByRole('button', `Delete the choice for ${host}`);
    const tree = await until('The rule deleted', (t) =>
      textOf(t).includes(`The choice for ${host} is deleted.`),
    );
    expect(rulesList(tree)).toEqual([]);
    expect(textOf(tree)).toContain('No choices yet.');
    const page = await open(COLUMNS);
    expect(dialogText(await openReader(page, 'Ropewalk, part 1'))).not.toContain('the part you chose');
  });
});
