import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** End-to-end files that time what happens in the browser, so another browser must not share the CPU. */
const SOLO = ['tests/e2e/pathological.test.ts', 'tests/e2e/crash-save.test.ts'];

const e2e = { environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 } as const;

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
          // Files share a worker's modules and jsdom instead of building a fresh jsdom per file: the unit
          // suite went from 83 s to 11 s on a 2-core machine (jsdom's set-up was most of it). Each test still
          // starts from a reset fake browser (setup.ts), and the suite passes with files and tests shuffled
          // (`npx vitest run --project unit --sequence.shuffle.files --sequence.shuffle.tests`).
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...e2e,
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: SOLO,
          // Two files at a time, each with its own browser, profile and page server: most of a file's time is
          // spent waiting on the browser, so two overlap well on a two-core machine (see the README for the
          // figures). Runs after the unit tests, so the two never compete.
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
        },
      },
      {
        test: {
          ...e2e,
          name: 'e2e-solo',
          include: SOLO,
          // These measure time inside the browser (the longest task of the reader; when to kill a browser
          // in the middle of a save), so they run alone, after everything else.
          sequence: { groupOrder: 2 },
          maxWorkers: 1,
        },
      },
    ],
  },
});
