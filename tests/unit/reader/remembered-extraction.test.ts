import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { hideElements } from '../../../core/declutter/hide';
import type { Article, ExtractResult } from '../../../core/extract';
import { rememberedExtraction } from '../../../core/reader/remembered-extraction';

function page() {
  const { window } = new JSDOM(
    '<!doctype html><body><main><p id="prose">The lighthouse keeper wrote every night.</p></main><aside id="ad">Ad</aside></body>',
    { url: 'https://example.com/story' },
  );
  return window.document;
}

/** Counts its runs; each run's article carries the page's text at the time. */
function countingExtraction(doc: Document, ok = true) {
  const runs = { count: 0 };
  const extract = async (): Promise<ExtractResult> => {
    runs.count++;
    if (!ok) return { ok: false, reason: 'no-article' };
    const article = { title: doc.body.textContent ?? '' } as Article;
    return {
      ok: true,
      article,
      region: null,
      confidence: { level: 'high', reasons: [], signals: {} as never },
    };
  };
  return { runs, extract };
}

const titleOf = (result: ExtractResult) => (result.ok ? result.article.title : null);

describe('remembered extraction', () => {
  it('reads an unchanged page once, even when the reader hid and showed its clutter and its own host', async () => {
    const doc = page();
    const { runs, extract } = countingExtraction(doc);
    const open = rememberedExtraction(doc, extract);
    const first = await open();
    // What an opening and closing of the reader does to the page.
    const restore = hideElements(doc, [doc.getElementById('ad')!]);
    const host = doc.body.appendChild(doc.createElement('lectern-reader'));
    host.remove();
    restore();
    expect(await open()).toBe(first);
    expect(runs.count).toBe(1);
  });

  it('reads the page again once its text, its elements or its attributes changed', async () => {
    const doc = page();
    const { runs, extract } = countingExtraction(doc);
    const open = rememberedExtraction(doc, extract);
    await open();
    doc.getElementById('prose')!.firstChild!.textContent = 'A new night.';
    expect(titleOf(await open())).toContain('A new night.');
    doc.body.append(doc.createElement('p'));
    await open();
    doc.getElementById('prose')!.setAttribute('class', 'updated');
    await open();
    expect(runs.count).toBe(4);
  });

  it('counts a change made while the reader was open', async () => {
    const doc = page();
    const { runs, extract } = countingExtraction(doc);
    const open = rememberedExtraction(doc, extract);
    await open();
    const restore = hideElements(doc, [doc.getElementById('ad')!]);
    doc.getElementById('prose')!.append(' Then the storm came.');
    restore();
    expect(titleOf(await open())).toContain('Then the storm came.');
    expect(runs.count).toBe(2);
  });

  it('does not remember a page without an article', async () => {
    const doc = page();
    const { runs, extract } = countingExtraction(doc, false);
    const open = rememberedExtraction(doc, extract);
    await open();
    await open();
    expect(runs.count).toBe(2);
  });
});
