import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import type { SavedArticle } from '../../core/library/record';
import { makeArticle, searchWords } from '../../scripts/bench-library/corpus';
import { LibraryBrowser } from './chromium/library-browser';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { entryLinks, waitForAx } from './library/steps';
import { waitUntil } from './scenarios/reader-ui';
import { textOf } from './support/ax-tree';
import { newEntryState } from '../../core/library/library';

const DAY = 86_400_000;

function article(i: number, title: string, paragraphs: string[], savedAt: number): SavedArticle {
  const url = `https://stories.example/${i}`;
  const text = paragraphs.join('\n\n');
  return {
    id: `${savedAt.toString(36).padStart(9, '0')}-story-${i}`,
    url,
    canonicalUrl: url,
    title,
    byline: null,
    siteName: 'Coast Stories',
    publishedTime: null,
    excerpt: paragraphs[0]!.slice(0, 160),
    lang: 'en',
    dir: null,
    wordCount: text.split(/\s+/).length,
    readingMinutes: 2,
    ...newEntryState(savedAt),
    html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    text,
  };
}

const START = Date.UTC(2026, 0, 1);
/** Three stories that mention a lighthouse, the one most about it saved first, among generated articles. */
const STORIES = [
  article(
    1,
    'The lighthouse keeper’s last winter',
    [
      'For forty years the lighthouse on the cape was kept by one family.',
      'That winter the keeper climbed the lighthouse stairs every evening to light the lamp, and the lighthouse answered the ships with its slow beam.',
    ],
    START,
  ),
  article(
    2,
    'Storm over the cape',
    [
      'The storm came in from the west before noon.',
      'By evening the waves broke over the lighthouse, and from the town the lighthouse beam could hardly be seen through the rain.',
    ],
    START + DAY,
  ),
  article(
    3,
    'Harbour notes',
    [
      'The ferries kept their timetable all week; the fish market opened late on Tuesday.',
      'A new café opened by the quay. The council met about the parking on the front, and decided nothing.',
      'Walkers were asked to keep to the path near the old lighthouse while the cliff is repaired.',
      'The harbour master reminded owners that moorings are due at the end of the month.',
    ],
    START + 2 * DAY,
  ),
];

/** Articles in the library besides the stories: a library of the size the search is built for. */
const FILLER = 10_000;
/** The list shows this many at a time. */
const PAGE = 50;

function library(): string {
  const filler = Array.from({ length: FILLER }, (_, i) => {
    // Two paragraphs of each generated article keep the file to import small (about 25 MB).
    const paragraphs = makeArticle(i).text.split('\n\n').slice(0, 2);
    const generated = {
      ...makeArticle(i),
      text: paragraphs.join('\n\n'),
      html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    };
    const savedAt = START + 3 * DAY + i * 60_000;
    return {
      ...generated,
      id: `${savedAt.toString(36).padStart(9, '0')}-filler-${i}`,
      ...newEntryState(savedAt),
    };
  });
  return JSON.stringify({
    format: 'lectern-library',
    version: 1,
    exportedAt: new Date(START).toISOString(),
    articles: [...STORIES, ...filler],
  });
}

// Runs against the built extension in .output/chrome-mv3: `npm run build` first.
describe('ranked search on the reading list in Chromium', () => {
  const suite = useExtensionBrowser({ kind: LibraryBrowser, profile: 'lectern-search-' });
  const open = () => suite.browser();

  afterEach(() => {
    expect(open().uncaughtErrors()).toEqual([]);
  });

  it(
    'finds a word typed with a typo among 10,000 articles, best match first, the word marked in a snippet',
    {
      timeout: 240_000,
    },
    async () => {
      const file = join(tmpdir(), `${Date.now()}-lectern-search-library.json`);
      await writeFile(file, library());
      onTestFinished(() => rm(file, { force: true }));

      await open().openPage(open().extensionUrl('library.html'));
      await waitForAx(open(), (tree) => textOf(tree).includes('Your reading list is empty'), 'an empty list');
      await open().page.locator('input[type=file]').setInputFiles(file);
      await expect
        .poll(() => open().page.getByRole('status').filter({ hasText: 'Imported' }).textContent(), {
          timeout: 180_000,
        })
        .toBe('Imported 10,003 new and 0 updated articles.');

      await waitUntil(async () => (await entryLinks(open())).length === PAGE, 'the first page of the list');
      // Newest first without a search: the generated articles, saved last, come before the stories.
      expect((await entryLinks(open()))[0]).not.toMatch(/lighthouse|cape|harbour/i);

      await open().page.keyboard.press('/');
      await open().page.keyboard.type('lighthuose');
      await waitUntil(async () => (await entryLinks(open())).length === 3, 'three results for the typo');
      expect(await entryLinks(open())).toEqual([
        'The lighthouse keeper’s last winter',
        'Storm over the cape',
        'Harbour notes',
      ]);
      expect(await open().page.getByRole('status').filter({ hasText: 'Best matches first' }).count()).toBe(1);

      const last = open().page.locator('.entry').nth(2);
      await expect.poll(() => last.locator('.entry-snippet mark').allTextContents()).toEqual(['lighthouse']);
      expect(await last.locator('.entry-snippet').textContent()).toContain(
        'keep to the path near the old lighthouse while the cliff is repaired',
      );
      // The snippet is where the word stands, not the article's opening lines.
      expect(await last.locator('.entry-snippet').textContent()).not.toContain(
        'ferries kept their timetable',
      );
      await open().screenshot('reading-list-ranked.png');

      // A word about a hundred of the articles hold: a whole page of hits, each with its snippet unless only
      // its title holds the word.
      const word = searchWords()[0]!;
      const box = open().page.getByRole('searchbox', { name: 'Search articles' });
      await box.fill(`${word} `);
      await waitUntil(
        async () => (await open().page.locator('.entry-snippet').count()) >= PAGE - 5,
        'a page of hits with their snippets',
      );
      const entries = await open()
        .page.locator('.entry')
        .evaluateAll((nodes) =>
          nodes.map((node) => ({
            title: node.querySelector('.entry-title')?.textContent ?? '',
            marked: Array.from(node.querySelectorAll('.entry-snippet mark'), (m) => m.textContent),
          })),
        );
      expect(entries).toHaveLength(PAGE);
      for (const { title, marked } of entries) {
        if (marked.length === 0) expect(title.toLowerCase()).toContain(word);
        else expect(marked.every((m) => m?.toLowerCase() === word)).toBe(true);
      }

      // The search's page of hits is as long as the list's first page: the list is back when the snippets
      // and the "best matches first" line are gone, newest first again.
      await box.fill('');
      await waitUntil(
        async () =>
          (await open().page.locator('.entry-snippet').count()) === 0 &&
          (await open().page.locator('.ranked-hint').count()) === 0,
        'the whole list again',
      );
      expect(await entryLinks(open())).toHaveLength(PAGE);
      expect((await entryLinks(open()))[0]).not.toMatch(/lighthouse|cape|harbour/i);
    },
  );
});
