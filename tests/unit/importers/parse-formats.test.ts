import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../core/importers/parse-import-file';
import { sampleBytes, zipFolder } from './sample-files';

const SECOND = 1000;

describe('reading each service’s export', () => {
  it('reads Pocket’s ZIP of part_*.csv files by column name, the cursor column ignored', () => {
    const { format, items } = parseImportFile(zipFolder('pocket'));
    expect(format).toBe('pocket-csv');
    expect(items.map((i) => i.url)).toEqual([
      'https://harbour.example/lights?utm_source=pocket_saves',
      'https://tides.example/predict',
      'https://quotes.example/story',
      'https://untitled.example/page',
      'https://second.example/one',
      'javascript:alert(1)',
    ]);
    expect(items[0]).toMatchObject({
      title: 'Harbour lights, and why they stay on',
      savedAt: 1_700_000_000 * SECOND,
      tags: ['boats', 'night'],
      read: 0,
      archived: 0,
      html: null,
    });
    expect(items[1]).toMatchObject({ read: 1, archived: 1, tags: [] });
    expect(items[2]!.title).toBe('A title with "quotes" in it');
    expect(items[4]).toMatchObject({ tags: ['reading', 'long'], archived: 1 });
  });

  it('reads one Pocket CSV on its own', () => {
    const { format, items } = parseImportFile(sampleBytes('pocket/part_000001.csv'));
    expect(format).toBe('pocket-csv');
    expect(items).toHaveLength(2);
  });

  it('reads Pocket’s older HTML export, its Read Archive archived', () => {
    const { format, items } = parseImportFile(sampleBytes('pocket-export.html'));
    expect(format).toBe('pocket-html');
    expect(items.map((i) => [i.url, i.archived, i.tags])).toEqual([
      ['https://harbour.example/lights', 0, ['boats', 'night']],
      ['https://weather.example/fog', 0, []],
      ['https://tides.example/predict', 1, ['science']],
    ]);
    expect(items[0]!.savedAt).toBe(1_690_000_000 * SECOND);
  });

  it('reads Omnivore’s ZIP: metadata batches, their content files, progress and state', () => {
    const { format, items } = parseImportFile(zipFolder('omnivore'));
    expect(format).toBe('omnivore');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      url: 'https://harbour.example/lights',
      title: 'Harbour lights',
      byline: 'Ada Keeper',
      excerpt: 'Why the lights stay on all night.',
      tags: ['boats', 'night'],
      progress: 0.4,
      read: 0,
      archived: 0,
      savedAt: Date.parse('2023-11-14T22:13:20.000Z'),
    });
    expect(items[0]!.html).toContain('harbour lights stay on');
    // No content file: a link to fetch.
    expect(items[1]).toMatchObject({ html: null, archived: 1, read: 1, progress: 1 });
    // highlights/<slug>.md: a `>` block per highlight (several lines for a long one), the note under it.
    expect(items[0]!.highlights).toEqual([
      { quote: 'The harbour lights stay on all night', note: 'A note about the lights.' },
      { quote: 'find their way home through the fog.\nKeepers trim the wicks', note: '' },
      {
        quote: 'a habit older than the lighthouse itself.',
        note: 'A second note,\non two lines: *not* Markdown to Lectern, kept as text.',
      },
    ]);
    expect(items[1]!.highlights).toEqual([{ quote: 'Lost words worth keeping.', note: '' }]);
  });

  it('reads Instapaper’s CSV: Archive is a state, Starred and own folders are tags', () => {
    const { format, items } = parseImportFile(sampleBytes('instapaper-export.csv'));
    expect(format).toBe('instapaper');
    expect(items.map((i) => [i.archived, i.tags])).toEqual([
      [0, ['boats', 'night']],
      [1, []],
      [0, ['Starred']],
      [0, ['Cooking', 'food']],
    ]);
    expect(items[0]!.excerpt).toBe('The lights stay on, all night.');
  });

  it('reads wallabag’s JSON with its content, tags as names or objects, starred as a tag', () => {
    const { format, items } = parseImportFile(sampleBytes('wallabag-export.json'));
    expect(format).toBe('wallabag');
    expect(items[0]).toMatchObject({ archived: 1, tags: ['boats', 'starred'], byline: 'Ada Keeper' });
    expect(items[0]!.html).toContain('fishing boats');
    expect(items[1]).toMatchObject({ archived: 0, tags: ['science'], html: null });
  });

  it('reads a browser’s bookmark file, folders as tags and the bookmarks bar left out', () => {
    const { format, items } = parseImportFile(sampleBytes('bookmarks.html'));
    expect(format).toBe('bookmarks');
    expect(items.map((i) => [i.url, i.tags])).toEqual([
      ['https://harbour.example/lights', []],
      ['https://tides.example/predict', ['Sea', 'science']],
      ['https://weather.example/fog', ['Sea', 'Weather']],
      ['place:sort=8&maxResults=10', []],
      ['https://stars.example/navigation', []],
    ]);
  });
});
