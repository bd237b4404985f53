/**
 * Extraction fixtures, mozilla/readability style: each folder in tests/fixtures/pages/ holds a saved page
 * (source.html, optional url.txt) and what the reader must show for it (expected.html, the sanitized
 * article body, and expected-metadata.json). Regenerate with `npm run fixtures:update`, then read the diff.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JSDOM } from 'jsdom';
import { findFirstDifference } from './fixtures/compare-dom';
import { metadataOf } from './fixtures/fixture-metadata';
import { fixtureFiles, listFixtureSlugs } from './fixtures/fixture-paths';
import { runFixture } from './fixtures/run-fixture';
import { parseFragment } from './fixtures/serialize-fragment';
import { writeExpectedFiles } from './fixtures/write-expected';

const UPDATE = process.env.LECTERN_UPDATE_FIXTURES === '1';

function readExpected(path: string): string {
  if (!existsSync(path)) {
    throw new Error(
      `${relative(process.cwd(), path)} is missing. Generate it with \`npm run fixtures:update\` ` +
        '(LECTERN_UPDATE_FIXTURES=1), then read it to check that it is right before committing it.',
    );
  }
  return readFileSync(path, 'utf8');
}

describe('extraction fixtures', () => {
  let dom: JSDOM | undefined;
  afterEach(() => dom?.window.close());

  it.each(listFixtureSlugs())('%s', (slug) => {
    const files = fixtureFiles(slug);
    expect(existsSync(files.source), `${slug} has no source.html`).toBe(true);
    if (UPDATE) writeExpectedFiles(slug);

    const run = runFixture(slug);
    dom = run.dom;
    const { result } = run;
    const expectedMetadata: unknown = JSON.parse(readExpected(files.expectedMetadata));
    // Soft assertions: one run shows every way a fixture differs (metadata, body, page), not just the first.
    expect.soft(metadataOf(result), 'metadata differs from expected-metadata.json').toEqual(expectedMetadata);

    if (result.ok) {
      const expected = parseFragment(readExpected(files.expectedHtml), dom.window.document);
      const difference = findFirstDifference(result.article.content, expected);
      expect.soft(difference ?? 'no difference', 'article differs from expected.html').toBe('no difference');
    } else {
      expect.soft(existsSync(files.expectedHtml), 'no article, so expected.html must not exist').toBe(false);
    }
    // The reader only reads the page: everything it does happens on a copy.
    expect.soft(dom.serialize(), 'extraction changed the page').toBe(run.pageBefore);
  });
});
