/**
 * Declutter by structure: the demo page with meaningless class names and no semantic elements or roles
 * (tests/fixtures/pages/seed-news-meaningless-names) must lose its side column, ticker, newsletter box and
 * player all the same, with the region the extraction finds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { declutterInSteps, HIDDEN_ATTR, walkClutter } from '../../../core/declutter';
import { extractArticle } from '../../../core/extract';
import { FIXTURES_DIR } from '../fixtures/fixture-paths';
import { loadPage } from '../fixtures/load-page';

const source = readFileSync(join(FIXTURES_DIR, 'seed-news-meaningless-names', 'source.html'), 'utf8');
const seed = JSON.parse(readFileSync(join(FIXTURES_DIR, 'seed-news', 'expected.json'), 'utf8')) as {
  paragraphs: string[];
};

/** The clutter of the demo page, found by what it holds (the names say nothing). */
const CLUTTER = {
  ticker: 'Breaking',
  sideColumn: 'Related Articles',
  newsletter: 'Newsletter',
  player: '0:00',
};

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function openPage(withStyles: boolean) {
  dom = loadPage(source, 'https://www.bvi.news/dialogue-between-us-russia/');
  const doc = dom.window.document;
  // Without the page's stylesheet nothing is fixed or sticky: only the structure is left to go by.
  if (!withStyles) doc.querySelector('style')!.remove();
  const result = extractArticle(doc);
  if (!result.ok || !result.region) throw new Error('no article region on the meaningless-names page');
  return { doc, region: result.region };
}

function findClutter(doc: Document, region: Element | null): Element[] {
  const found: Element[] = [];
  const walk = walkClutter(doc, region, found);
  while (!walk.next().done);
  return found;
}

const holding = (found: Element[], text: string) => found.some((el) => el.textContent!.includes(text));

describe('declutter by structure', () => {
  it.each([
    ['with the page’s styles', true],
    ['with structure alone', false],
  ])('hides the side column, ticker, newsletter box and player %s', (_, withStyles) => {
    const { doc, region } = openPage(withStyles);
    const found = findClutter(doc, region);
    for (const [what, text] of Object.entries(CLUTTER)) {
      expect(holding(found, text), `${what} ("${text}") is not hidden`).toBe(true);
    }
  });

  it('never hides the region, its ancestors or any paragraph of the article', () => {
    const { doc, region } = openPage(false);
    const found = findClutter(doc, region);
    for (const el of found) {
      expect(el.contains(region)).toBe(false);
      expect(region.contains(el)).toBe(false);
    }
    for (const paragraph of seed.paragraphs) {
      expect(holding(found, paragraph.slice(0, 60))).toBe(false);
    }
  });

  it('keeps a block beside the article that holds real prose, and looks inside it by name', () => {
    const story = 'A second story with sentences of its own, long enough to be prose and not a label. ';
    dom = new JSDOM(`<body>
      <div id="bar"><a href="/a">One</a> <a href="/b">Two</a></div>
      <div id="region"><p>${story.repeat(4)}</p></div>
      <div id="more"><p>${story.repeat(2)}</p><div id="named" class="share-tools">Share</div></div>
      <div id="short"><p>Photo: Agency</p></div></body>`);
    const doc = dom.window.document;
    const ids = findClutter(doc, doc.getElementById('region')).map((el) => el.id);
    expect(ids.sort()).toEqual(['bar', 'named', 'short']);
  });

  it('finds nothing by structure without a region', () => {
    dom = new JSDOM(`<body><div id="a">Links</div><div><p>Story text</p></div></body>`);
    expect(findClutter(dom.window.document, null)).toEqual([]);
  });

  it('restores the page exactly', async () => {
    const { doc, region } = openPage(true);
    const before = doc.documentElement.outerHTML;
    const restore = await declutterInSteps(doc, region, { pause: () => Promise.resolve() });
    const hidden = Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`));
    expect(holding(hidden, CLUTTER.sideColumn)).toBe(true);
    expect(doc.defaultView!.getComputedStyle(region).display).not.toBe('none');
    restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
