import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxDriver, type FirefoxDriver } from './firefox/driver';
import { ARTIFACTS_DIR } from './harness/paths';
import { serve, type Served } from './harness/serve';
import { byRole, findAll, textOf, type AxNode } from './support/ax-tree';
import { fixPageSite, SERIES } from './support/fix-page-site';
import { dialogText, noDialog, pickerOpen, readerShows, untilTree } from './support/reader-tree';

const COLUMNS = '/fix-page/two-columns.html';
const ROUNDUP = '/fix-page/roundup.html';
const host = '127.0.0.1';

// Runs against the built add-on in .output/firefox-mv3: `npm run build:firefox` first. Firefox installs
// it as a temporary add-on, which a restart removes; the rule outliving a restart is Chromium's test
// (site-rules.test.ts), the rule applying by itself is here.
describe('When extraction falls short (Firefox)', () => {
  let driver: FirefoxDriver | null = null;
  let server: Served | null = null;
  const firefox = () => driver!;

  beforeAll(async () => {
    server = await serve(fixPageSite);
    driver = await launchFirefoxDriver();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });
  afterEach(() => {
    expect(driver?.pageErrors()).toEqual([]);
    expect(driver?.backgroundErrors()).toEqual([]);
  });

  const until = (what: string, ready: (tree: AxNode) => boolean): Promise<AxNode> =>
    untilTree(() => firefox().axTree(), what, ready, 60);
  const announced = (text: string) => (tree: AxNode) =>
    findAll(tree, byRole('status')).some((node) => textOf(node).includes(text));

  async function openReader(path: string, text: string): Promise<AxNode> {
    await firefox().openPage(server!.url(path));
    await firefox().clickToolbarButton();
    return until(`The reader showing "${text}"`, readerShows(text));
  }

  it('a page that keeps part of its article behind "Continue reading" shows the quiet line', async () => {
    const tree = await openReader(ROUNDUP, 'Lamp 1, part 1');
    const notes = findAll(tree, byRole('note'));
    expect(notes.map(textOf).join(' ')).toContain('Part of this page may be missing.');
    await firefox().screenshot(resolve(ARTIFACTS_DIR, 'fix-page-line-firefox.png'));
    await firefox().clickByRole('button', 'Show the original page');
    await until('The reader closing', noDialog);
  });

  it('picks the other story by keyboard; the page is exactly as before afterwards', async () => {
    await firefox().openPage(server!.url(COLUMNS));
    const before = await firefox().pageHtml();
    await firefox().clickToolbarButton();
    await until('The reader', readerShows('Ropewalk, part 1'));
    await firefox().clickByRole('button', 'Pick the article');
    await until('The picker', pickerOpen);
    await firefox().pressKey('ArrowDown');
    await until('The first column announced', announced('The ropewalk'));
    await firefox().pressKey('ArrowRight');
    await until('The second column announced', announced('The lighthouse keeper'));
    await firefox().screenshot(resolve(ARTIFACTS_DIR, 'fix-page-picker-firefox.png'));
    await firefox().pressKey('Enter');
    const tree = await until('The picked story', readerShows('Lighthouse keeper, part 3'));
    expect(dialogText(tree)).not.toContain('Ropewalk, part 1');
    await firefox().pressKey('Escape');
    await until('The reader closing', noDialog);
    expect(await firefox().pageHtml()).toBe(before);
  });

  it('picks by mouse, remembers the choice for the site, and the rule applies by itself next time', async () => {
    await openReader(COLUMNS, 'Ropewalk, part 1');
    await firefox().clickByRole('button', 'Pick the article');
    await until('The picker', pickerOpen);
    const box = await firefox().evaluate(() => {
      const { x, y } = document.getElementById('story-b')!.getBoundingClientRect();
      return { x, y };
    }, null);
    // The column's own padding, not a paragraph in it.
    await firefox().clickAt(box.x + 10, box.y + 10);
    await until('The picked story', readerShows('Lighthouse keeper, part 3'));
    await firefox().clickByRole('button', `Always use this on ${host}`);
    await until('The rule stored', readerShows(`Lectern will show this part of ${host} from now on.`));
    await firefox().pressKey('Escape');
    await until('The reader closing', noDialog);

    const tree = await openReader(COLUMNS, 'Lighthouse keeper, part 3');
    expect(dialogText(tree)).toContain(`Showing the part you chose for ${host}.`);
    expect(dialogText(tree)).not.toContain('Ropewalk, part 1');
    // Forgotten again, so the rest of the file reads the site as it is.
    await firefox().clickByRole('button', 'Forget this choice');
    await until('The rule forgotten', readerShows('Forgotten: next time Lectern finds the article'));
  });

  it('removes a block from this reading, and undo brings it back', async () => {
    await openReader(COLUMNS, 'Ropewalk, part 2');
    await firefox().clickByRole('button', 'Remove blocks');
    const tree = await until(
      'Removable blocks',
      (t) => findAll(t, (node) => node.name.startsWith('Remove: Ropewalk, part 1')).length > 0,
    );
    const block = findAll(tree, (node) => node.name.startsWith('Remove: Ropewalk, part 1'))[0]!;
    await firefox().clickByRole(block.role, block.name);
    await until(
      'Part 1 gone',
      (t) => !dialogText(t).includes('Ropewalk, part 1') && readerShows('part 2')(t),
    );
    expect(dialogText(await firefox().axTree())).toContain('1 removed');
    await firefox().clickByRole('button', 'Undo');
    await until('Part 1 back', readerShows('Ropewalk, part 1'));
    await firefox().clickByRole('button', 'Done');
  });

  it('merges a 3-page article in order, without the text every page repeats', async () => {
    await openReader(SERIES, 'Page 1, part 4');
    await firefox().clickByRole('button', 'Load page 2 of 3');
    const text = dialogText(await until('All pages', readerShows('All 3 pages of the article are here.')));
    const at = (part: string) => text.indexOf(part);
    expect(at('Page 1, part 1')).toBeGreaterThan(-1);
    expect(at('Page 1, part 4')).toBeLessThan(at('Page 2, part 1'));
    expect(at('Page 2, part 4')).toBeLessThan(at('Page 3, part 1'));
    expect(text.split('A standfirst every page repeats').length - 1).toBe(1);
  });
});
