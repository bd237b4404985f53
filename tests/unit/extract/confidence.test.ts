import { afterEach, describe, expect, it } from 'vitest';
import type { JSDOM } from 'jsdom';
import { extractArticle } from '../../../core/extract';
import { assessConfidence, type ConfidenceSignals } from '../../../core/extract/confidence';
import { readConfidenceSignals } from '../../../core/extract/confidence-signals';
import { declaredWordCount } from '../../../core/extract/declared-length';
import { loadPage } from '../fixtures/load-page';

const para = (topic: string, i: number) =>
  `<p>${topic} paragraph ${i}: a long enough passage about the harbour, the ropewalk and the people who ` +
  'worked there, told with plenty of commas, so that the extraction has real prose to score and keep.</p>';
const paras = (topic: string, n: number) => Array.from({ length: n }, (_, i) => para(topic, i + 1)).join('');

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function page(body: string, head = '', url = 'https://example.com/story/'): Document {
  dom = loadPage(
    `<!doctype html><html lang="en"><head><title>Story</title>${head}</head><body>${body}</body></html>`,
    url,
  );
  return dom.window.document;
}

const signals = (change: Partial<ConfidenceSignals>): ConfidenceSignals => ({
  proseKept: 5000,
  proseLeft: 0,
  sectionsKept: 0,
  sectionsLeft: 0,
  continues: false,
  teasers: 0,
  articleWords: 900,
  declaredWords: null,
  ...change,
});

describe('assessConfidence', () => {
  it('is high when the article holds the page', () => {
    expect(assessConfidence(signals({})).level).toBe('high');
  });

  it('is low for each general signal on its own', () => {
    expect(assessConfidence(signals({ proseLeft: 4000 })).reasons).toEqual(['prose-left-out']);
    expect(assessConfidence(signals({ sectionsKept: 3, sectionsLeft: 8 })).reasons).toEqual([
      'sections-left-out',
    ]);
    expect(assessConfidence(signals({ continues: true })).reasons).toEqual(['continues']);
    expect(assessConfidence(signals({ declaredWords: 3000 })).reasons).toEqual(['shorter-than-declared']);
    expect(assessConfidence(signals({ teasers: 4 })).reasons).toEqual(['teasers-inside']);
  });

  it('ignores small amounts: a short comment outside, one section, a teaser-sized declaration', () => {
    expect(assessConfidence(signals({ proseLeft: 500 })).level).toBe('high');
    expect(assessConfidence(signals({ sectionsKept: 9, sectionsLeft: 1 })).level).toBe('high');
    expect(assessConfidence(signals({ articleWords: 50, declaredWords: 100 })).level).toBe('high');
  });
});

describe('confidence of an extraction', () => {
  it('is high on a plain article page', () => {
    const result = extractArticle(page(`<article><h1>Story</h1>${paras('Main', 8)}</article>`));
    expect(result.ok && result.confidence.level).toBe('high');
  });

  it('is low when the page declares a much longer article than was found', () => {
    const head = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'NewsArticle', wordCount: 2400 }],
    })}</script>`;
    const result = extractArticle(page(`<article><h1>Story</h1>${paras('Main', 6)}</article>`, head));
    expect(result.ok && result.confidence.reasons).toContain('shorter-than-declared');
  });

  it('is low when the page links its next page', () => {
    const body =
      `<article><h1>Story</h1>${paras('Main', 6)}</article>` +
      '<nav class="pages"><a href="/story/">1</a> <a href="/story/?page=2">2</a> <a href="/story/?page=3">3</a></nav>';
    const result = extractArticle(page(body));
    expect(result.ok && result.confidence.reasons).toContain('continues');
  });

  it('counts same-shaped sections of prose left outside the article', () => {
    const item = (n: number) => `<h2>Item ${n}</h2>${paras(`Item ${n}`, 2)}`;
    const doc = page(`<main>${[1, 2, 3, 4, 5, 6, 7, 8].map(item).join('')}</main>`);
    const kept = Array.from(doc.querySelectorAll('h2, p'))
      .slice(0, 9)
      .map((el) => el.textContent)
      .join('\n\n');
    const signals = readConfidenceSignals(doc, new Set(), kept);
    expect(signals).toMatchObject({ sectionsKept: 3, sectionsLeft: 5, continues: false });
    expect(assessConfidence(signals).reasons).toEqual(['prose-left-out', 'sections-left-out']);
  });
});

describe('declaredWordCount', () => {
  const script = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

  it('reads wordCount (number or string) and articleBody, in arrays and graphs; skips bad JSON', () => {
    expect(declaredWordCount(page('', script({ '@type': 'Article', wordCount: '812' })))).toBe(812);
    expect(declaredWordCount(page('', script([{ articleBody: 'one two three' }])))).toBe(3);
    expect(declaredWordCount(page('', '<script type="application/ld+json">{oops</script>'))).toBeNull();
    expect(declaredWordCount(page('', ''))).toBeNull();
  });
});
