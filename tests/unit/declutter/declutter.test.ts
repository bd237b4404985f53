import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  declutterInSteps,
  HIDDEN_ATTR,
  STYLE_ID,
  walkClutter,
  type FindClutterOptions,
} from '../../../core/declutter';
import { SEED_NEWS_DIR } from '../../support/paths';

/** The whole walk in one go. */
function findClutter(doc: Document, region: Element | null, options?: FindClutterOptions): Element[] {
  const found: Element[] = [];
  const walk = walkClutter(doc, region, found, options);
  while (!walk.next().done);
  return found;
}

/** Hiding with no pause between steps. */
const declutter = (doc: Document, region: Element | null) =>
  declutterInSteps(doc, region, { pause: () => Promise.resolve() });

const seedHtml = readFileSync(join(SEED_NEWS_DIR, 'source.html'), 'utf8');

function seedPage() {
  const dom = new JSDOM(seedHtml, { url: 'https://www.bvi.news/dialogue/' });
  const doc = dom.window.document;
  return { doc, article: doc.querySelector('article')! };
}

describe('finding clutter', () => {
  it('finds the seed page ticker, sidebar, newsletter, sticky player and floating close button', () => {
    const { doc, article } = seedPage();
    const found = findClutter(doc, article);
    const names = found.map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'div.ticker',
        'section.newsletter',
        'aside.sidebar',
        'div.video-sticky',
        'button.modal-close',
      ]),
    );
  });

  it('never hides the article, its ancestors or anything inside it', () => {
    const { doc, article } = seedPage();
    for (const el of findClutter(doc, article)) {
      expect(el.contains(article)).toBe(false);
      expect(article.contains(el)).toBe(false);
    }
  });

  it('finds fixed and sticky layers by their computed position, whatever their names', () => {
    // Inside a block of prose beside the article, so that only their position can tell them.
    const dom = new JSDOM(`<body><div id="b"><p>Story text</p></div><div id="more"><p>More story text</p>
      <div id="a" style="position: fixed; bottom: 0">Accept all</div>
      <div id="c" style="position: sticky; top: 0">Top bar</div>
      <div id="d">Footer links</div></div></body>`);
    const doc = dom.window.document;
    const ids = findClutter(doc, doc.getElementById('b')).map((el) => el.id);
    expect(ids.sort()).toEqual(['a', 'c']);
  });

  it('hides blocks named like clutter, by the same whole-word rule as extraction', () => {
    const dom = new JSDOM(`<body><div id="b"><p>Story text</p></div><div id="more"><p>More story text</p>
      <div id="a" class="share-tools">Share</div>
      <div id="c" class="shareholders-report">Shareholders approved the merger</div>
      <div id="d" class="social">Follow us</div></div></body>`);
    const doc = dom.window.document;
    expect(
      findClutter(doc, doc.getElementById('b'))
        .map((el) => el.id)
        .sort(),
    ).toEqual(['a', 'd']);
  });

  it('stays within its budget on a huge page', () => {
    const dom = new JSDOM(`<body>${'<div><span>x</span></div>'.repeat(500)}<aside>late</aside></body>`);
    const doc = dom.window.document;
    expect(findClutter(doc, null, { budget: 100 })).toEqual([]);
    expect(findClutter(doc, null).map((el) => el.tagName)).toEqual(['ASIDE']);
  });

  it('leaves the reader’s own elements alone', () => {
    const dom = new JSDOM(
      `<body><main><p>Story</p></main><lectern-reader style="position: fixed"></lectern-reader></body>`,
    );
    const doc = dom.window.document;
    const found = findClutter(doc, doc.querySelector('main'), {
      skip: (el) => el.tagName.startsWith('LECTERN-'),
    });
    expect(found).toEqual([]);
  });
});

describe('hiding and restoring', () => {
  it('hides clutter with one marker and one stylesheet, and restores the page exactly', async () => {
    const { doc, article } = seedPage();
    const before = doc.documentElement.outerHTML;
    const restore = await declutter(doc, article);

    const hidden = doc.querySelectorAll(`[${HIDDEN_ATTR}]`);
    expect(hidden.length).toBeGreaterThanOrEqual(5);
    expect(doc.querySelectorAll(`#${STYLE_ID}`)).toHaveLength(1);
    const sidebar = doc.querySelector('aside.sidebar')!;
    expect(doc.defaultView!.getComputedStyle(sidebar).display).toBe('none');
    expect(doc.defaultView!.getComputedStyle(article).display).not.toBe('none');
    expect(sidebar.getAttribute('style')).toBeNull();

    restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('pauses playing media and resumes it on restore', async () => {
    const { doc, article } = seedPage();
    const video = doc.querySelector('video')!;
    let playing = true;
    Object.defineProperty(video, 'paused', { get: () => !playing });
    video.pause = () => void (playing = false);
    video.play = () => ((playing = true), Promise.resolve());

    const restore = await declutter(doc, article);
    expect(playing).toBe(false);
    restore();
    expect(playing).toBe(true);
  });
});

describe('hiding in steps', () => {
  it('hides the same clutter as at once, pausing between steps, and restores the page exactly', async () => {
    const { doc, article } = seedPage();
    const before = doc.documentElement.outerHTML;
    const atOnce = await declutter(doc, article);
    const hiddenAtOnce = Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`));
    atOnce();

    let pauses = 0;
    const pause = () => {
      pauses++;
      return new Promise<void>((resolve) => setTimeout(resolve, 0));
    };
    // A step of 0 ms pauses after every few hundred elements examined.
    const big = new JSDOM(`<body>${'<div><span>x</span></div>'.repeat(600)}<aside>late</aside></body>`);
    const restoreBig = await declutterInSteps(big.window.document, null, { pause, stepMs: 0 });
    expect(pauses).toBeGreaterThan(0);
    expect(Array.from(big.window.document.querySelectorAll(`[${HIDDEN_ATTR}]`), (el) => el.tagName)).toEqual([
      'ASIDE',
    ]);
    restoreBig();

    const restore = await declutterInSteps(doc, article, { pause });
    expect(Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`))).toEqual(hiddenAtOnce);
    restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hides nothing once its signal aborts (the reader closed while it searched)', async () => {
    const big = new JSDOM(`<body>${'<div><span>x</span></div>'.repeat(600)}<aside>late</aside></body>`);
    const doc = big.window.document;
    const before = doc.documentElement.outerHTML;
    const closing = new AbortController();
    const pause = () => {
      closing.abort();
      return Promise.resolve();
    };
    const restore = await declutterInSteps(doc, null, { pause, stepMs: 0, signal: closing.signal });
    expect(doc.querySelectorAll(`[${HIDDEN_ATTR}], #${STYLE_ID}`)).toHaveLength(0);
    restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
