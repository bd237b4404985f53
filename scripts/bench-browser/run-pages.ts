import type { CorpusPage } from '../bench/corpus';
import type { PageResult } from './measure-page';

/** Pages measured once and thrown away first: the background, the caches and the JIT warm up. */
const WARM_UP_PAGES = 3;
/** A page that takes longer than this in all is counted as failed and the tab is replaced. */
const PAGE_TIMEOUT_MS = 60_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`page took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export interface TabRunner<Tab> {
  /** A new tab, the only one in the browser. */
  newTab(): Promise<Tab>;
  /** Lets go of a tab (after a failure, and at the end). */
  dropTab(tab: Tab): Promise<void>;
  measure(tab: Tab, index: number, id: string): Promise<PageResult>;
}

/**
 * Measures the pages one by one in one tab, after a few warm-up pages whose results are thrown away; a page
 * that fails or takes too long is counted as failed, and the next page gets a new tab.
 */
export async function runPages<Tab>(
  pages: CorpusPage[],
  label: string,
  runner: TabRunner<Tab>,
): Promise<PageResult[]> {
  let tab = await runner.newTab();
  const run = async (index: number, id: string): Promise<PageResult> => {
    try {
      return await withTimeout(runner.measure(tab, index, id), PAGE_TIMEOUT_MS);
    } catch (error) {
      // Whatever state the tab was left in, the next page gets a new one.
      await runner.dropTab(tab);
      tab = await runner.newTab();
      return { id, outcome: 'failed', error: (error as Error).message.split('\n')[0]! };
    }
  };
  const results: PageResult[] = [];
  for (const [i, page] of pages.slice(0, WARM_UP_PAGES).entries()) await run(i, page.id);
  for (const [i, page] of pages.entries()) {
    results.push(await run(i, page.id));
    if ((i + 1) % 20 === 0) process.stderr.write(`  ${label}: ${i + 1}/${pages.length} pages\n`);
  }
  await runner.dropTab(tab);
  return results;
}
