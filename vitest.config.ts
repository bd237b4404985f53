import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

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
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time (each file launches Chromium or Firefox once): the machine has two cores
          // and a browser wants both.
          fileParallelism: false,
        },
      },
    ],
  },
});
