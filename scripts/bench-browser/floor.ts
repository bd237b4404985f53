import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { round } from '../bench/stats';
import { medianAndP95 } from './report';
import type { CorpusServer } from './server';
import { launchOfflineChromium } from './launch';
import { PageSession } from './page-session';
import { openAndClose } from './measure-page';
import { minifySync } from 'vite';

const require = createRequire(import.meta.url);

/**
 * The floor under any reader that is injected on the click, measured in the same run: a bare extension
 * whose toolbar click injects one script that shows a modal <dialog> with the page's title, in a closed
 * shadow root, over the page, and reads nothing. It is timed by the same probe as Lectern (its host element
 * takes the reader's tag name so the probe sees it), on the same pages, twice: with a script of a few
 * hundred bytes, and with Lectern's built `reader.js` carried along unrun (inside a function never called),
 * so that the browser moves, and V8 scans, as many bytes as on Lectern's first click. The difference between
 * the two is what the script's size alone costs; what Lectern takes above the second is its own work.
 * A third run is the least reader there can be: the same overlay with Readability (minified, nothing else)
 * parsing a copy of the page on the click and its article's text shown as plain blocks: no sanitizer, no
 * styles, no controls. Whatever a reader built on Readability adds, it cannot be faster than that.
 */

/** A script that reads the article (`read`: statements that fill `dialog`) and shows it in a modal dialog. */
const overlay = (read: string) => `(() => {
  const host = document.createElement('lectern-reader');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent =
    'dialog{position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;' +
    'border:0;padding:2em;box-sizing:border-box;background:#fff;color:#222;font:20px/1.6 serif}';
  const dialog = document.createElement('dialog');
${read}
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    dialog.close();
    host.remove();
  });
  root.append(style, dialog);
  (document.body ?? document.documentElement).append(host);
  dialog.showModal();
})();
`;

const BARE_OVERLAY = overlay(`  const title = document.createElement('h1');
  title.textContent = document.title;
  dialog.append(title);`);

/** Readability's article as text blocks: each outermost paragraph, heading, item or preformatted block. */
const READ_ARTICLE = `  const article = new Readability(document.cloneNode(true), { serializer: (el) => el }).parse();
  const title = document.createElement('h1');
  title.textContent = article?.title || document.title;
  dialog.append(title);
  const BLOCKS = 'p, h2, h3, h4, h5, h6, li, pre, blockquote';
  for (const block of article?.content?.querySelectorAll(BLOCKS) ?? []) {
    if (block.parentElement?.closest(BLOCKS)) continue;
    const el = document.createElement(block.localName === 'li' ? 'p' : block.localName);
    el.textContent = block.textContent;
    dialog.append(el);
  }`;

/** The least reader: Readability's own script (minified, as a reader would ship it) and the overlay above. */
function readabilityOverlay(): string {
  const source = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
  const { code, errors } = minifySync('Readability.js', source, {});
  if (errors.length > 0) throw new Error(`minifying Readability failed: ${errors[0]!.message}`);
  return `(() => {\n${code}\n${overlay(READ_ARTICLE)}})();\n`;
}

const BACKGROUND = `chrome.action.onClicked.addListener((tab) => {
  chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['overlay.js'] });
});
`;

const MANIFEST = {
  manifest_version: 3,
  name: 'Bare overlay (bench)',
  version: '1.0',
  action: {},
  permissions: ['activeTab', 'scripting'],
  background: { service_worker: 'background.js' },
};

export interface FloorFigures {
  /** Size of the injected script, bytes. */
  bytes: number;
  pages: number;
  opened: number;
  medianMs: number | null;
  p95Ms: number | null;
}

export interface Floor {
  bare: FloorFigures;
  readerSized: FloorFigures;
  /** The least reader: Readability parsing on the click, its article shown as text. */
  readability: FloorFigures;
}

/** Writes the bare extension injecting `script`. */
function writeBareExtension(dir: string, script: string): number {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST));
  writeFileSync(join(dir, 'background.js'), BACKGROUND);
  writeFileSync(join(dir, 'overlay.js'), script);
  return Buffer.byteLength(script);
}

const WARM_UP_PAGES = 3;

/**
 * The items to time, the first few twice: once to warm the browser up (`counted` false: their times are
 * not kept), then all of them in turn.
 */
export function* withWarmUp<T>(items: T[]): Generator<{ item: T; counted: boolean }> {
  for (const item of items.slice(0, WARM_UP_PAGES)) yield { item, counted: false };
  for (const item of items) yield { item, counted: true };
}

/** Click → painted of the bare overlay on each page it opened on (first opening on a freshly loaded page). */
async function timeBareOverlay(extensionDir: string, urls: string[]): Promise<number[]> {
  const chromium = await launchOfflineChromium(extensionDir);
  try {
    const tab = await PageSession.onlyTab(chromium);
    const painted: number[] = [];
    for (const { item: url, counted } of withWarmUp(urls)) {
      await tab.goto(url, 30_000);
      const { paintedMs } = await openAndClose(tab);
      if (counted && paintedMs !== null) painted.push(paintedMs);
    }
    await tab.detach();
    return painted;
  } finally {
    await chromium.close();
  }
}

/** Both floors on the given pages; `readerScript` is the path of Lectern's built content script. */
export async function measureFloor(
  server: CorpusServer,
  ids: string[],
  readerScript: string,
): Promise<Floor> {
  const root = mkdtempSync(join(tmpdir(), 'lectern-floor-'));
  try {
    const urls = ids.map((id) => server.urlOf(id));
    const figures = async (name: string, script: string): Promise<FloorFigures> => {
      const dir = join(root, name);
      const bytes = writeBareExtension(dir, script);
      const painted = await timeBareOverlay(dir, urls);
      return {
        bytes,
        pages: ids.length,
        opened: painted.length,
        ...medianAndP95(painted),
      };
    };
    const carried = readFileSync(readerScript, 'utf8');
    const bare = await figures('bare', BARE_OVERLAY);
    const readerSized = await figures(
      'reader-sized',
      `${BARE_OVERLAY}function carriedUnrun() {\n${carried}\n}\n`,
    );
    const readability = await figures('readability', readabilityOverlay());
    return { bare, readerSized, readability };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const cell = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)} ms`);
const times = (x: number | null, base: number | null) =>
  x === null || !base ? '—' : `${round(x / base, 2)}×`;

/** The floor table, with Lectern's own row from the same run, each over plain Readability in the page. */
export function formatFloor(
  floor: Floor,
  lectern: { bytes: number; medianMs: number | null; p95Ms: number | null },
  lecternRatio: { median: number | null; p95: number | null },
  readability: { medianMs: number | null; p95Ms: number | null },
): string {
  const ratios = (f: FloorFigures) => [
    times(f.medianMs, readability.medianMs),
    times(f.p95Ms, readability.p95Ms),
  ];
  const rows: Array<[string, number, number | null, number | null, string[]]> = [
    [
      'bare overlay, nothing read',
      floor.bare.bytes,
      floor.bare.medianMs,
      floor.bare.p95Ms,
      ratios(floor.bare),
    ],
    [
      "bare overlay carrying Lectern's script unrun",
      floor.readerSized.bytes,
      floor.readerSized.medianMs,
      floor.readerSized.p95Ms,
      ratios(floor.readerSized),
    ],
    [
      "least reader: Readability's article as text",
      floor.readability.bytes,
      floor.readability.medianMs,
      floor.readability.p95Ms,
      ratios(floor.readability),
    ],
    [
      'Lectern',
      lectern.bytes,
      lectern.medianMs,
      lectern.p95Ms,
      [lecternRatio.median, lecternRatio.p95].map((r) => (r === null ? '—' : `${r}×`)),
    ],
  ];
  return [
    `the floor under any reader injected on the click (a bare extension: one script, a modal dialog with the page's title, or Readability's article as text; same probe, same pages, opened on ${floor.bare.opened}, ${floor.readerSized.opened} and ${floor.readability.opened} of ${floor.bare.pages}):`,
    '| injected on the click                          | script KB | click → painted median |      p95 | ÷ Readability median |    p95 |',
    '|------------------------------------------------|----------:|-----------------------:|---------:|---------------------:|-------:|',
    ...rows.map(
      ([label, bytes, med, p95, [rMed, rP95]]) =>
        `| ${label.padEnd(46)} | ${(bytes / 1024).toFixed(1).padStart(9)} | ${cell(med).padStart(22)} | ${cell(p95).padStart(8)} | ${rMed!.padStart(20)} | ${rP95!.padStart(6)} |`,
    ),
  ].join('\n');
}
