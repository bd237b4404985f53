import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

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

/** A page file's id: `<id>.html`, or `<id>.html.gz` as the scrapinghub repository stores its pages. */
const PAGE_FILE = /^(.+)\.html(\.gz)?$/;

/**
 * Reads `<dir>/html/*.html` (or `*.html.gz`) and `<dir>/ground-truth.json`; only pages with both are
 * benchmarked.
 */
export function loadCorpus(dir: string): Corpus {
  for (const needed of ['ground-truth.json', 'html'])
    if (!existsSync(join(dir, needed)))
      throw new Error(`${dir} is not a corpus in the scrapinghub layout: it has no ${needed}`);
  const all = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Corpus['groundTruth'];
  const groundTruth: Corpus['groundTruth'] = {};
  const pages: CorpusPage[] = [];
  const files = readdirSync(join(dir, 'html'))
    .filter((name) => PAGE_FILE.test(name))
    .sort();
  for (const file of files) {
    const [, id = file, gzipped] = PAGE_FILE.exec(file)!;
    const truth = all[id];
    if (!truth) continue;
    groundTruth[id] = truth;
    // Pages without a URL still need one for relative links; a stable placeholder keeps runs comparable.
    const path = join(dir, 'html', file);
    pages.push({
      id,
      url: truth.url || `https://example.invalid/${id}`,
      get html() {
        const bytes = readFileSync(path);
        return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
      },
    });
  }
  return { pages, groundTruth };
}
