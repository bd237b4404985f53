import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkPageLimits, deeperThan, PAGE_LIMITS, textLongerThan } from '../../../core/reader/page-limits';
import { isHtmlDocument, isReadableDocument } from '../../../core/html-document';

const limits = { maxElements: 100, maxDepth: 20, maxTextLength: 1000 };
const html = (body: string, head = '') =>
  new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;

function nested(depth: number): string {
  return '<div>'.repeat(depth) + 'deep' + '</div>'.repeat(depth);
}

describe('page limits', () => {
  it('lets an ordinary article page through', () => {
    const doc = html(`<article><h1>Title</h1>${'<p>Some text of the article.</p>'.repeat(20)}</article>`);
    expect(checkPageLimits(doc, limits)).toEqual({ ok: true });
    expect(checkPageLimits(doc)).toEqual({ ok: true });
  });

  it('turns away a page with more elements than the limit', () => {
    // <html>, <head> and <body> count too.
    expect(checkPageLimits(html('<span></span>'.repeat(97)), limits)).toEqual({ ok: true });
    expect(checkPageLimits(html('<span></span>'.repeat(98)), limits)).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });

  it('turns away a page nested deeper than the limit, however few its elements', () => {
    // <html> > <body> > 18 divs: the deepest is 19 levels below <html>.
    expect(checkPageLimits(html(nested(18)), limits)).toEqual({ ok: true });
    expect(checkPageLimits(html(nested(19)), limits)).toEqual({ ok: true });
    expect(checkPageLimits(html(nested(20)), limits)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('finds a deep branch after shallow siblings, and stops walking at the first one too deep', () => {
    const doc = html(`<p>a</p><div><p>b</p></div>${nested(30)}<p>c</p>`);
    expect(deeperThan(doc.body, 29)).toBe(true);
    expect(deeperThan(doc.body, 30)).toBe(false);
    expect(deeperThan(html('').body, 0)).toBe(false);
  });

  it('walks a chain deeper than HTML parsers build', () => {
    const doc = html('');
    let el: Element = doc.body;
    for (let i = 0; i < 1000; i++) el = el.appendChild(doc.createElement('div'));
    expect(deeperThan(doc.body, 999)).toBe(true);
    expect(deeperThan(doc.body, 1000)).toBe(false);
  });

  it('turns away a page with more text than the limit, one text node or many', () => {
    expect(checkPageLimits(html('x'.repeat(1000)), limits)).toEqual({ ok: true });
    expect(checkPageLimits(html('x'.repeat(1001)), limits)).toEqual({ ok: false, reason: 'too-large' });
    expect(textLongerThan(html('<p>12345</p>'.repeat(3)).body, 14)).toBe(true);
    expect(textLongerThan(html('<p>12345</p>'.repeat(3)).body, 15)).toBe(false);
  });

  it('counts only text a reader reads: not styles in the head, nor page data in a script in the body', () => {
    const doc = html(
      `<p>short</p><script type="application/json">${'{"a":1}'.repeat(1000)}</script>`,
      `<style>${'a{}'.repeat(1000)}</style>`,
    );
    expect(checkPageLimits(doc, limits)).toEqual({ ok: true });
  });

  it('calls documents without a real <body> unsupported: XML, SVG, framesets, a body taken away', () => {
    const xml = new JSDOM('<?xml version="1.0"?><root><item>text</item></root>', {
      contentType: 'application/xml',
    });
    const svg = new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>', {
      contentType: 'image/svg+xml',
    });
    const frameset = new JSDOM('<!doctype html><html><head></head><frameset><frame></frameset></html>');
    const noBody = html('<p>text</p>');
    noBody.documentElement.removeChild(noBody.body);
    for (const doc of [xml.window.document, svg.window.document, frameset.window.document, noBody]) {
      expect(isReadableDocument(doc)).toBe(false);
      expect(checkPageLimits(doc, limits)).toEqual({ ok: false, reason: 'unsupported-document' });
    }
    const xhtml = new JSDOM(
      '<html xmlns="http://www.w3.org/1999/xhtml"><head></head><body><p>hi</p></body></html>',
      {
        contentType: 'application/xhtml+xml',
      },
    );
    expect(checkPageLimits(xhtml.window.document, limits)).toEqual({ ok: true });
    // A document with no window (parsed, not shown) is not a page to read either.
    expect(isReadableDocument(document.implementation.createHTMLDocument('t'))).toBe(false);
  });

  it('lets a notice live in any HTML document, framesets and bodiless pages too, but not in XML or SVG', () => {
    const frameset = new JSDOM('<!doctype html><html><head></head><frameset><frame></frameset></html>');
    const noBody = html('<p>text</p>');
    noBody.documentElement.removeChild(noBody.body);
    expect(isHtmlDocument(frameset.window.document)).toBe(true);
    expect(isHtmlDocument(noBody)).toBe(true);
    const xml = new JSDOM('<root/>', { contentType: 'application/xml' });
    const svg = new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"/>', { contentType: 'image/svg+xml' });
    expect(isHtmlDocument(xml.window.document)).toBe(false);
    expect(isHtmlDocument(svg.window.document)).toBe(false);
  });

  it('keeps nesting below what parsers allow, and room for heavy news pages, long articles and chapters', () => {
    expect(PAGE_LIMITS.maxDepth).toBeLessThanOrEqual(512);
    // A heavy news page has up to about 8,000 elements; a long encyclopaedia article 10,000 or more.
    expect(PAGE_LIMITS.maxElements).toBeGreaterThanOrEqual(10_000);
    expect(PAGE_LIMITS.maxTextLength).toBeGreaterThanOrEqual(200_000);
  });
});
