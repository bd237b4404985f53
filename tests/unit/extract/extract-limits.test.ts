import { afterEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../core/extract';

const STORY = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the night train crossed the viaduct just after sunrise, and the passengers, ` +
    'most of them awake for the view, pressed against the windows to watch the gorge go by.</p>',
).join('');

const windows: JSDOM[] = [];
afterEach(() => windows.splice(0).forEach((dom) => dom.window.close()));

function open(html: string, contentType = 'text/html'): Document {
  const dom = new JSDOM(html, { url: 'https://example.com/story/', contentType });
  windows.push(dom);
  return dom.window.document;
}

const ARTICLE_PAGE = `<!doctype html><html><head><title>Night train</title></head><body><article>${STORY}</article></body></html>`;

describe('extractArticle limits', () => {
  it('declines a page with more elements than maxElements', () => {
    const doc = open(ARTICLE_PAGE);
    const elements = doc.getElementsByTagName('*').length;
    expect(extractArticle(doc, { maxElements: elements - 1 })).toEqual({ ok: false, reason: 'too-large' });
  });

  it('reads a page with exactly maxElements elements', () => {
    const doc = open(ARTICLE_PAGE);
    const elements = doc.getElementsByTagName('*').length;
    expect(extractArticle(doc, { maxElements: elements }).ok).toBe(true);
  });

  it('declines an SVG image opened in a tab', () => {
    const doc = open('<svg xmlns="http://www.w3.org/2000/svg"><text>Hello</text></svg>', 'image/svg+xml');
    expect(extractArticle(doc)).toEqual({ ok: false, reason: 'unsupported-document' });
  });

  it('declines an XML feed opened in a tab', () => {
    const doc = open(
      `<rss><channel><title>Feed</title><description>${'text '.repeat(100)}</description></channel></rss>`,
      'application/xml',
    );
    expect(extractArticle(doc)).toEqual({ ok: false, reason: 'unsupported-document' });
  });

  it('declines a document with no window to sanitize in', () => {
    const doc = document.implementation.createHTMLDocument('Detached');
    doc.body.innerHTML = `<article>${STORY}</article>`;
    expect(extractArticle(doc)).toEqual({ ok: false, reason: 'unsupported-document' });
  });

  it('reports no article when the page has too little text, and respects minTextLength', () => {
    const doc = open(
      '<!doctype html><html><body><main><p>Sign in to continue reading this story.</p></main></body></html>',
    );
    expect(extractArticle(doc)).toEqual({ ok: false, reason: 'no-article' });
    expect(extractArticle(open(ARTICLE_PAGE), { minTextLength: 100_000 })).toEqual({
      ok: false,
      reason: 'no-article',
    });
  });
});
