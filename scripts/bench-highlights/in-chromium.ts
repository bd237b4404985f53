import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { HighlightMark } from '../../core/annotate/highlight';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** core/annotate/paint.ts bundled as one script that defines `LecternAnnotate` in a page. */
async function bundleAnnotate(): Promise<string> {
  const output = await build({
    logLevel: 'silent',
    configFile: false,
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve('core/annotate/paint.ts'), formats: ['iife'], name: 'LecternAnnotate' },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = (result as { output: Array<{ type: string; code?: string }> }).output.find(
    (o) => o.type === 'chunk',
  );
  if (!chunk?.code) throw new Error('The annotate bundle came out empty.');
  return chunk.code;
}

export interface PaintTimes {
  times: number[];
  found: number;
  missing: number;
}

/**
 * Paints `marks` into `pages` in headless Chromium, `runs` times each after a warm-up, the article set
 * afresh (untimed) before each run: what the reader does when it opens on a highlighted page.
 */
export async function paintInChromium(
  pages: Record<string, string>,
  marks: HighlightMark[],
  runs: number,
): Promise<Record<string, PaintTimes>> {
  const code = await bundleAnnotate();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><body><div class="article-body"></div></body>');
    await page.addScriptTag({ content: code });
    const results: Record<string, PaintTimes> = {};
    for (const [name, html] of Object.entries(pages)) {
      results[name] = await page.evaluate(
        ({ html, marks, runs }) => {
          const paint = (
            globalThis as unknown as { LecternAnnotate: typeof import('../../core/annotate/paint') }
          ).LecternAnnotate.paintHighlights;
          const body = document.querySelector('.article-body')!;
          const times: number[] = [];
          let found = 0;
          let missing = 0;
          for (let run = 0; run < runs + 3; run++) {
            body.innerHTML = html;
            const start = performance.now();
            const result = paint(body, marks);
            if (run >= 3) times.push(performance.now() - start);
            found = result.found.length;
            missing = result.missing.length;
          }
          return { times, found, missing };
        },
        { html, marks, runs },
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}
