/**
 * Reopening a highlighted article: a 10,000-word article with 200 highlights is painted again from its
 * stored selectors (text map, anchoring through the fuzzy matcher, marks), as the reader and the reading
 * list do when they open it. Three versions of the page: unchanged, shifted (a paragraph added at the top, so
 * every stored position is wrong) and edited (a word changed inside 20 of the quotes, so those need the
 * fuzzy match). Timed in headless Chromium (what the reader runs in) and in jsdom (the unit tests' DOM, far
 * slower at DOM work). Prints a table, then one JSON line as the very last line.
 *
 *   npm run bench:highlights [-- --runs 30]
 */
import { performance } from 'node:perf_hooks';
import { markOf, type HighlightMark } from '../core/annotate/highlight';
import { paintHighlights } from '../core/annotate/paint';
import { targetAt } from '../core/annotate/selectors';
import { textMapOf } from '../core/annotate/text-map';
import { median, percentile } from './bench/stats';
import { articleElement, articleHtml } from './bench-highlights/article';
import { paintInChromium, type PaintTimes } from './bench-highlights/in-chromium';

const WORDS = 10_000;
const HIGHLIGHTS = 200;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;

const html = articleHtml(WORDS);
const original = textMapOf(articleElement(html)).text;

/** 200 highlights of 3 to 15 words, spread over the article. */
function highlights(): HighlightMark[] {
  const marks: HighlightMark[] = [];
  const spaces = [...original.matchAll(/ /g)].map((m) => m.index!);
  for (let i = 0; i < HIGHLIGHTS; i++) {
    const from = Math.floor((i / HIGHLIGHTS) * (spaces.length - 20));
    const start = spaces[from]! + 1;
    const end = spaces[from + 3 + (i % 13)]!;
    const target = targetAt(original, start, end);
    marks.push(
      markOf({ id: `h${i}`, articleId: 'a', target, color: 'yellow', note: '', createdAt: i, updatedAt: i }),
    );
  }
  return marks;
}

const marks = highlights();
const quotes = marks.map((m) => m.target.quote.exact);
const VERSIONS: Record<string, string> = {
  unchanged: html,
  shifted: `<p>Updated: an editor's note added at the top of the article.</p>\n${html}`,
  edited: quotes.slice(0, 20).reduce((page, quote, i) => {
    const word = quote.split(' ')[1]!;
    // One word of the quote changed where it stands in the page (the first plain-text place it is found).
    return page.replace(quote, quote.replace(word, `${word}${i % 2 ? 's' : 'ed'}`));
  }, html),
};

function jsdomTimes(page: string): PaintTimes {
  const times: number[] = [];
  let found = 0;
  let missing = 0;
  for (let run = 0; run < RUNS + 3; run++) {
    const root = articleElement(page);
    const start = performance.now();
    const result = paintHighlights(root, marks);
    if (run >= 3) times.push(performance.now() - start); // the first runs warm the JIT up
    found = result.found.length;
    missing = result.missing.length;
  }
  return { times, found, missing };
}

const chromiumRuns = await paintInChromium(VERSIONS, marks, RUNS);
const rows = Object.entries(VERSIONS).flatMap(([version, page]) =>
  (
    [
      ['Chromium', chromiumRuns[version]!],
      ['jsdom', jsdomTimes(page)],
    ] as const
  ).map(([engine, { times, found, missing }]) => ({
    version,
    engine,
    found,
    missing,
    median: median(times),
    p95: percentile(times, 0.95),
  })),
);

console.log(
  `Reopening a ${WORDS.toLocaleString('en')}-word article with ${HIGHLIGHTS} highlights: text map, anchoring and marks (${RUNS} runs each):\n`,
);
console.log('| page | engine | anchored | not found | median ms | p95 ms |');
console.log('|---|---|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.version} | ${r.engine} | ${r.found} | ${r.missing} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} |`,
  );
}
console.log(
  JSON.stringify({
    bench: 'highlights',
    words: WORDS,
    highlights: HIGHLIGHTS,
    runs: RUNS,
    results: rows.map((r) => ({ ...r, median: Number(r.median.toFixed(2)), p95: Number(r.p95.toFixed(2)) })),
  }),
);
