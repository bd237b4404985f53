/** `npm run bench -- --corpus <dir>` reads any folder in the scrapinghub layout, gzipped pages included. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, expect, it } from 'vitest';
import { loadCorpus } from '../../../scripts/bench/corpus';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('reads html/<id>.html and html/<id>.html.gz with ground-truth.json, skipping pages without truth', () => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-corpus-'));
  mkdirSync(join(dir, 'html'));
  writeFileSync(join(dir, 'html', 'a.html'), '<p>Plain page</p>');
  writeFileSync(join(dir, 'html', 'b.html.gz'), gzipSync('<p>Gzipped page, ünïcode</p>'));
  writeFileSync(join(dir, 'html', 'c.html'), '<p>No ground truth</p>');
  writeFileSync(
    join(dir, 'ground-truth.json'),
    JSON.stringify({
      a: { articleBody: 'Plain page', url: 'https://example.com/a' },
      b: { articleBody: 'x' },
    }),
  );
  const { pages, groundTruth } = loadCorpus(dir);
  expect(pages.map((page) => page.id)).toEqual(['a', 'b']);
  expect(pages[1]!.html).toBe('<p>Gzipped page, ünïcode</p>');
  expect(pages[1]!.url).toBe('https://example.invalid/b');
  expect(Object.keys(groundTruth)).toEqual(['a', 'b']);
});

it('says what is missing from a folder that is not a corpus', () => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-corpus-'));
  expect(() => loadCorpus(dir)).toThrow(
    /not a corpus in the scrapinghub layout: it has no ground-truth\.json/,
  );
});
