/**
 * XSS regression: the xss-payloads fixture hides script in every place a page can, inside a real article.
 * Whatever the extractor keeps, nothing that can run, load a frame, submit a form or restyle the reader
 * may reach the reader. Checked structurally here, independent of expected.html.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../core/extract';
import { sanitizeToFragment } from '../../core/extract/sanitize';
import { fragmentToHtml, storedHtmlToFragment } from '../../core/library/html';
import { PAGE_GROUPS, articlePage } from '../e2e/security/article-pages';
import { findDangers } from '../e2e/security/dangers';
import { expandPayload, loadPayloads } from '../e2e/security/payloads';
import { loadPage } from './fixtures/load-page';
import { runFixture, type FixtureRun } from './fixtures/run-fixture';

const DANGEROUS_ELEMENTS =
  'script, style, iframe, frame, object, embed, form, input, button, textarea, select, svg, noscript, template, meta, base, link, maction, mglyph, annotation-xml';
const SAFE_ADDRESS = /^(?:https?:|mailto:|tel:|#)/i;
const RASTER_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif)[;,]/i;

let run: FixtureRun;
let content: DocumentFragment;

beforeAll(() => {
  run = runFixture('xss-payloads');
  if (!run.result.ok) throw new Error(`xss-payloads: no article (${run.result.reason})`);
  content = run.result.article.content;
});
afterAll(() => run.dom.window.close());

function everyElement(): Element[] {
  return Array.from(content.querySelectorAll('*'));
}

describe('xss-payloads fixture', () => {
  it('still shows the article around the payloads', () => {
    const text = content.textContent ?? '';
    expect(text).toContain('awarded a grant to open a second plot');
    expect(text).toContain('shared with the food bank on Station Road');
    expect(content.querySelector('a[href="https://eastside.example/garden/"]')).not.toBeNull();
  });

  it('contains no element that can run code, embed a page, submit data or style the reader', () => {
    expect(Array.from(content.querySelectorAll(DANGEROUS_ELEMENTS), (el) => el.localName)).toEqual([]);
  });

  it('contains no event handler or style attribute', () => {
    const offending = everyElement().flatMap((el) =>
      Array.from(el.attributes)
        .filter((attr) => /^on/i.test(attr.name) || attr.name === 'style' || attr.name === 'formaction')
        .map((attr) => `${el.localName}[${attr.name}]`),
    );
    expect(offending).toEqual([]);
  });

  it('links and loads only web, mail and in-article addresses (plus raster data: images)', () => {
    const offending: string[] = [];
    for (const el of everyElement()) {
      for (const name of ['href', 'src', 'cite', 'action', 'xlink:href']) {
        const value = el.getAttribute(name);
        if (value === null || SAFE_ADDRESS.test(value)) continue;
        if (el.localName === 'img' && name === 'src' && RASTER_DATA_IMAGE.test(value)) continue;
        offending.push(`${el.localName}[${name}=${value.slice(0, 40)}]`);
      }
      const srcset = el.getAttribute('srcset');
      if (srcset !== null && srcset.split(',').some((c) => !/^\s*https?:/i.test(c)))
        offending.push(`${el.localName}[srcset]`);
    }
    expect(offending).toEqual([]);
  });

  it('keeps the real data: image but drops the SVG one', () => {
    const sources = Array.from(content.querySelectorAll('img'), (img) => img.getAttribute('src') ?? '');
    expect(sources.some((src) => src.startsWith('data:image/png;base64,'))).toBe(true);
    expect(sources.some((src) => src.startsWith('data:image/svg'))).toBe(false);
  });

  it('never mentions a payload in the text the reader shows', () => {
    expect(content.textContent).not.toMatch(/alert\(|msgbox\(|display:\s*none/);
  });
});

/**
 * The browser-level payload set (tests/fixtures/xss/payloads.json, run in Chromium by tests/e2e/xss.test.ts)
 * through the same code in jsdom: each payload alone through the sanitizer, the whole pages through the
 * extractor, and everything through the storage round trip (serialised, parsed again, sanitized again).
 */
describe('the browser payload set in jsdom', () => {
  const payloads = loadPayloads();
  const origin = 'https://payloads.example';

  function pageElement(html: string): Element {
    const doc = document.implementation.createHTMLDocument('');
    const div = doc.createElement('div');
    div.innerHTML = `<p>Some article text.</p>${html}`;
    return div;
  }

  // The rest are probes whose danger is a later parse (escaped markup in text and attributes), markup a
  // <div> drops (<body> attributes, <frame>), or ids that clobber nothing in a plain document.
  it('the checker sees nearly every payload that is left unsanitized', () => {
    const seen = payloads.filter((p) => findDangers(pageElement(expandPayload(p, origin))).length > 0);
    expect(seen.length / payloads.length).toBeGreaterThan(0.9);
  });

  it.each(payloads.map((p) => [p.id, p] as const))(
    '%s: nothing dangerous survives the sanitizer',
    (_id, payload) => {
      const fragment = sanitizeToFragment(pageElement(expandPayload(payload, origin)), window);
      expect(findDangers(fragment)).toEqual([]);
      const again = storedHtmlToFragment(fragmentToHtml(fragment));
      expect(findDangers(again)).toEqual([]);
      // The round trip is stable: what is stored comes back as the same markup.
      expect(fragmentToHtml(again)).toBe(fragmentToHtml(fragment));
    },
  );

  it.each(Object.keys(PAGE_GROUPS))(
    'page %s: the article survives, no payload does, also after storage',
    (group) => {
      const html = articlePage(
        group,
        payloads.filter((p) => PAGE_GROUPS[group]!.includes(p.vector)),
        origin,
      );
      const dom = loadPage(html, `${origin}/xss/${group}.html`);
      try {
        const result = extractArticle(dom.window.document);
        if (!result.ok) throw new Error(`${group}: no article (${result.reason})`);
        const { content } = result.article;
        expect((content.textContent ?? '').length).toBeGreaterThan(2000);
        expect(findDangers(content)).toEqual([]);
        const stored = fragmentToHtml(content, dom.window.document);
        const parsed = new dom.window.DOMParser().parseFromString(stored, 'text/html');
        expect(findDangers(parsed.body)).toEqual([]);
      } finally {
        dom.window.close();
      }
    },
  );
});
