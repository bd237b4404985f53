/**
 * Where extraction spends its time: `tsx scripts/profile-extract.ts [--corpus dir] [--rounds n]` runs the
 * pipeline's stages one by one (the same calls as `extractArticle`) over the corpus with a timer around
 * each, beside plain Readability on a fresh parse of the same page, and prints each stage's share.
 */
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { loadCorpus } from './bench/corpus';
import { parsePage } from './bench/parse-page';
import { hasMoreElementsThan } from '../core/extract/clone';
import { findFurniture } from '../core/extract/furniture';
import { fullCopy, narrowedCopy, readCopy } from '../core/extract/read-copy';
import { betterReading, isThin } from '../core/extract/safety-net';
import { findArticleRegion } from '../core/extract/region';
import { modifiedTimeOf } from '../core/extract/dates';
import { articleFromContent } from '../core/extract/article-from-content';
import { declaredRecipe } from '../core/extract/recipe/recipe-data';
import { findNextPage } from '../core/extract/next-page';
import { readConfidenceSignals } from '../core/extract/confidence-signals';
import { assessConfidence } from '../core/extract/confidence';
import { textOrNull } from '../core/extract/text';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const corpusDir = argv.includes('--corpus')
  ? argv[argv.indexOf('--corpus') + 1]!
  : `${repoRoot}../shared/corpus/scrapinghub`;
const { pages } = loadCorpus(corpusDir);

const totals = new Map<string, number>();
const perPage: { id: string; stages: Record<string, number> }[] = [];
function timed<T>(stages: Record<string, number>, name: string, fn: () => T): T {
  const start = performance.now();
  const result = fn();
  const ms = performance.now() - start;
  stages[name] = (stages[name] ?? 0) + ms;
  return result;
}

async function main(): Promise<void> {
  let secondReadings = 0;
  for (const [i, page] of pages.entries()) {
    const stages: Record<string, number> = {};
    {
      const { dom } = parsePage(page);
      timed(stages, 'readability (plain)', () => new Readability(dom.window.document).parse());
      dom.window.close();
    }
    const { dom } = parsePage(page);
    const doc = dom.window.document;
    const win = dom.window as unknown as Window;
    const t0 = performance.now();
    timed(stages, 'hasMoreElementsThan', () => hasMoreElementsThan(doc, 60_000));
    const furniture = timed(stages, 'findFurniture', () => findFurniture(doc));
    const narrowed = timed(stages, 'narrowedCopy', () => narrowedCopy(doc, furniture));
    let reading = timed(stages, 'readCopy (narrowed)', () => readCopy(narrowed, furniture, 200));
    if (timed(stages, 'isThin', () => isThin(reading, furniture))) {
      secondReadings++;
      const full = timed(stages, 'fullCopy', () => fullCopy(doc));
      const second = timed(stages, 'readCopy (full)', () => readCopy(full, furniture, 200));
      reading = timed(stages, 'betterReading', () => betterReading(reading, second, furniture.densestBlock));
    }
    if (reading) {
      const r = reading;
      timed(stages, 'findArticleRegion', () => findArticleRegion(r.content, r.liveOf));
      const published = textOrNull(r.parsed.publishedTime);
      timed(stages, 'modifiedTimeOf', () => modifiedTimeOf(doc, published));
      const recipe = timed(stages, 'declaredRecipe', () => declaredRecipe(doc));
      const { text } = timed(stages, 'articleFromContent', () =>
        articleFromContent(
          doc,
          win,
          r.content,
          {
            title: 'x',
            byline: null,
            siteName: null,
            publishedTime: null,
            lang: null,
            dir: null,
            excerpt: null,
          },
          recipe,
        ),
      );
      const next = timed(stages, 'findNextPage', () => findNextPage(doc));
      timed(stages, 'confidence', () =>
        assessConfidence(readConfidenceSignals(doc, furniture.leave, text, next)),
      );
    }
    stages['lectern total'] = performance.now() - t0;
    dom.window.close();
    if (i >= 15) {
      for (const [k, v] of Object.entries(stages)) totals.set(k, (totals.get(k) ?? 0) + v);
      perPage.push({ id: page.id, stages });
    }
    await new Promise((r) => setImmediate(r));
  }
  const base = totals.get('readability (plain)')!;
  console.log(`pages timed: ${perPage.length}; full-copy second readings: ${secondReadings}`);
  for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]))
    console.log(
      `${k.padEnd(24)} ${v.toFixed(0).padStart(8)} ms  ${((100 * v) / base).toFixed(1).padStart(6)} % of plain Readability`,
    );
  const slow = perPage
    .map((p) => ({
      id: p.id.slice(0, 12),
      ratio: p.stages['lectern total']! / p.stages['readability (plain)']!,
      ...p.stages,
    }))
    .sort((a, b) => b.ratio - a.ratio)
    .slice(0, 12);
  for (const s of slow)
    console.log(JSON.stringify(s, (_key, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)));
}
main();
