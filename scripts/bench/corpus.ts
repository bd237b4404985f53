import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/** One saved page and the article text a person marked on it. */
export interface CorpusPage {
  id: string;
  url: string;
  /** Read from disk each time it is asked for, so a corpus of any size costs one page's memory at a time. */
  readonly html: string;
}

export interface Corpus {
  pages: CorpusPage[];
  /** As stored: `{id: {articleBody, url}}`, which is what the scorer takes. */
  groundTruth: Record<string, { articleBody: string; url?: string }>;
}

/** Reads `<dir>/html/*.html` and `<dir>/ground-truth.json`; only pages with both are benchmarked. */
export function loadCorpus(dir: string): Corpus {
  const all = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Corpus['groundTruth'];
  const groundTruth: Corpus['groundTruth'] = {};
  const pages: CorpusPage[] = [];
  const files = readdirSync(join(dir, 'html'))
    .filter((name) => name.endsWith('.html'))
    .sort();
  for (const file of files) {
    const id = basename(file, '.html');
    const truth = all[id];
    if (!truth) continue;
    groundTruth[id] = truth;
    // Pages without a URL still need one for relative links; a stable placeholder keeps runs comparable.
    const path = join(dir, 'html', file);
    pages.push({
      id,
      url: truth.url || `https://example.invalid/${id}`,
      get html() {
        return readFileSync(path, 'utf8');
      },
    });
  }
  return { pages, groundTruth };
}
