/** Zero-width characters and soft hyphens leave the article's text, except where a script needs them. */
import { afterEach, describe, expect, it } from 'vitest';
import type { JSDOM } from 'jsdom';
import { toBlockText } from '../../../core/extract';
import { withoutInvisibles } from '../../../core/extract/invisible-chars';
import { runFixture } from '../fixtures/run-fixture';

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

describe('withoutInvisibles', () => {
  it('removes soft hyphens, zero-width spaces, word joiners and byte-order marks between words', () => {
    expect(withoutInvisibles('Zei\u00ADtung zero\u200Bwidth word\u2060joiner \uFEFFmark')).toBe(
      'Zeitung zerowidth wordjoiner mark',
    );
  });

  it('removes joiners between Latin letters, where they change nothing', () => {
    expect(withoutInvisibles('join\u200Ded non\u200Cjoin')).toBe('joined nonjoin');
  });

  it('keeps joiners in Persian, Devanagari and emoji sequences', () => {
    for (const text of ['می\u200Cخواهم', 'क्\u200Dष', '👩\u200D💻', '👨\u200D👩\u200D👧'])
      expect(withoutInvisibles(text)).toBe(text);
  });

  it('keeps zero-width spaces where Thai or Khmer mark their line breaks with them', () => {
    expect(withoutInvisibles('ภาษา\u200Bไทย')).toBe('ภาษา\u200Bไทย');
  });
});

it('the fixture page reads with whole words, its Persian and emoji intact', () => {
  const run = runFixture('invisible-characters');
  dom = run.dom;
  if (!run.result.ok) throw new Error(run.result.reason);
  const text = toBlockText(run.result.article.content);
  expect(text).not.toMatch(/[\u00AD\u200B\u2060\uFEFF]/);
  expect(text).toContain('Bundesstraßenraststätte');
  expect(text).toContain('Pappbecher');
  expect(text).toContain('می\u200Cخواهم');
  expect(text).toContain('👩\u200D💻');
  expect(run.result.article.title).toBe('Die Fährverbindung nach Teheran: ein Reisebericht');
  expect(run.result.article.byline).toBe('Von Lena Hofmann');
});
