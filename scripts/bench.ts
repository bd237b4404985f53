/**
 * `npm run bench -- [--corpus <dir>] [--out predictions.json] [--worst N] [--only name,name]`
 *
 * Scores Lectern against plain Readability 0.6 on an article-extraction corpus (the scrapinghub benchmark by
 * default) with the corpus's own scorer, and times each extraction. The last line printed is one JSON object
 * with every figure, for scripts; nothing is printed after it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './bench/args';
import { loadCorpus } from './bench/corpus';
import { EXTRACTORS } from './bench/extractors';
import { formatTable, formatWorst, type ExtractorSummary } from './bench/report';
import { formatConfidence, measureConfidence } from './bench/confidence';
import { formatNeverWorse, neverWorse } from './bench/never-worse';
import { loadScorer } from './bench/scorer';
import { f1Of, median, percentile, round } from './bench/stats';
import { rotated, timeExtraction } from './bench/timing';

// Enough pages for the JIT to settle on every extractor's hot paths before anything is timed.
const WARM_UP_PAGES = 15;
const BASELINE = 'readability-text';
const SUBJECT = 'lectern';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), repoRoot);
  const scorer = await loadScorer(repoRoot);
  const { pages, groundTruth } = loadCorpus(args.corpus);
  if (!pages.length) throw new Error(`no pages with ground truth in ${args.corpus}`);
  const unknown = args.only.filter((name) => !EXTRACTORS.some((e) => e.name === name));
  if (unknown.length)
    throw new Error(`unknown extractor ${unknown.join(', ')}: ${EXTRACTORS.map((e) => e.name).join(', ')}`);
  // The ratio compares Lectern with plain Readability, so both always run.
  const extractors = args.only.length
    ? EXTRACTORS.filter((e) => [...args.only, BASELINE, SUBJECT].includes(e.name))
    : EXTRACTORS;

  for (const page of pages.slice(0, WARM_UP_PAGES))
    for (const extractor of extractors) timeExtraction(extractor, page);

  const texts: Record<string, Record<string, string>> = {};
  const times: Record<string, Record<string, number>> = {};
  const stylesStripped = new Set<string>();
  for (const { name } of extractors) {
    texts[name] = {};
    times[name] = {};
  }
  let peakRss = process.memoryUsage().rss;
  for (const [i, page] of pages.entries()) {
    for (const extractor of rotated(extractors, i)) {
      const { text, ms, stylesStripped: stripped } = timeExtraction(extractor, page);
      if (stripped) stylesStripped.add(page.id);
      texts[extractor.name]![page.id] = text;
      times[extractor.name]![page.id] = ms;
    }
    if ((i + 1) % 30 === 0) process.stderr.write(`  ${i + 1}/${pages.length} pages\n`);
    // A closed jsdom window is only let go once the event loop turns: in one synchronous loop every page's
    // window stayed in memory until the end (about 5 MB a page; 7.6 GB and a stall in garbage collection
    // around page 700 of a 1,000-page corpus). Turning it after each page keeps memory flat.
    await new Promise((resolve) => setImmediate(resolve));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }

  const summaries: Record<string, ExtractorSummary> = {};
  const perDoc: Record<string, ReturnType<typeof scorer.evaluate>['perDoc']> = {};
  for (const { name } of extractors) {
    const { result, perDoc: pageScores } = scorer.evaluate(groundTruth, texts[name]!, {
      nBootstrap: 1000,
      seed: 1,
    });
    perDoc[name] = pageScores;
    const ms = Object.values(times[name]!);
    summaries[name] = {
      f1: round(result.f1),
      precision: round(result.precision),
      recall: round(result.recall),
      accuracy: round(result.accuracy),
      f1_std: round(result.f1_std),
      medianMs: round(median(ms), 2),
      p95Ms: round(percentile(ms, 0.95), 2),
    };
  }
  const ratioOf = (p: number): number | null =>
    round(percentile(Object.values(times[SUBJECT]!), p) / percentile(Object.values(times[BASELINE]!), p), 3);
  const ratio = { median: ratioOf(0.5), p95: ratioOf(0.95) };
  const ids = pages.map((page) => page.id);
  const worse = neverWorse(
    ids,
    { texts: texts[SUBJECT]!, scores: perDoc[SUBJECT]! },
    { texts: texts[BASELINE]!, scores: perDoc[BASELINE]! },
  );

  const perPage = pages.map(({ id, url }) => {
    const row: Record<string, unknown> = { id, url };
    for (const { name } of extractors) {
      const s = perDoc[name]![id]!;
      row[name] = {
        precision: round(s.precision),
        recall: round(s.recall),
        f1: round(f1Of(s.precision, s.recall)),
        ms: round(times[name]![id]!, 2),
      };
    }
    return row;
  });
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, JSON.stringify(texts[SUBJECT], null, 1) + '\n');
  const perPagePath = resolve(repoRoot, 'bench-results/per-page.json');
  mkdirSync(dirname(perPagePath), { recursive: true });
  writeFileSync(perPagePath, JSON.stringify(perPage, null, 1) + '\n');

  const confidence = measureConfidence(pages, (id) => {
    const s = perDoc[SUBJECT]![id];
    return s ? f1Of(s.precision, s.recall) : null;
  });
  writeFileSync(
    resolve(repoRoot, 'bench-results/confidence.json'),
    JSON.stringify(confidence.rows, null, 1) + '\n',
  );

  console.log(`\n${pages.length} pages from ${args.corpus}\n`);
  console.log(formatTable(summaries));
  console.log(`\n${formatConfidence(confidence.summary)}`);
  console.log(`\n${SUBJECT} time / ${BASELINE} time: median ${ratio.median}×, p95 ${ratio.p95}×`);
  console.log(formatNeverWorse(worse));
  if (stylesStripped.size) {
    const ids = [...stylesStripped].map((id) => id.slice(0, 12)).join(', ');
    console.log(`parsed with <style> emptied (jsdom threw on their CSS): ${ids}`);
  }
  console.log(`peak memory (resident): ${(peakRss / 1_048_576).toFixed(0)} MB`);
  console.log(`predictions: ${args.out}\nper-page scores: ${perPagePath}`);
  if (args.worst > 0) {
    const worst = pages
      .map(({ id, url }) => {
        const s = perDoc[SUBJECT]![id]!;
        return { id, url, precision: s.precision, recall: s.recall, f1: f1Of(s.precision, s.recall) };
      })
      .sort((a, b) => (a.f1 ?? 1) - (b.f1 ?? 1))
      .slice(0, args.worst)
      .map((p) => ({
        ...p,
        truthTokens: scorer.tokenize(groundTruth[p.id]!.articleBody),
        predictedTokens: scorer.tokenize(texts[SUBJECT]![p.id]!),
      }));
    console.log(`\n${formatWorst(worst)}`);
  }
  console.log(
    JSON.stringify({
      pages: pages.length,
      extractors: summaries,
      ratio,
      peakRssMb: Math.round(peakRss / 1_048_576),
      confidence: confidence.summary,
      belowReadability: worse.below.length,
      lostArticles: worse.lost.length,
      stylesStripped: [...stylesStripped],
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
