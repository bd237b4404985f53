import { afterEach, describe, expect, it } from 'vitest';
import type { JSDOM } from 'jsdom';
import { extractRegion, isWholePage } from '../../../core/extract';
import { loadPage } from '../fixtures/load-page';

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function page(body: string): Document {
  dom = loadPage(
    `<!doctype html><html lang="en"><head><title>Picked story</title>` +
      `<meta property="og:site_name" content="Harbour Times"></head><body>${body}</body></html>`,
    'https://example.com/story/',
  );
  return dom.window.document;
}

describe('extractRegion', () => {
  it('shows the picked element through the sanitizer and normaliser, and leaves the page as it was', () => {
    const doc = page(
      '<nav>Menu</nav><div id="pick"><p onclick="x()">Picked <a href="/more">text</a>.</p>' +
        '<img data-src="/photo.jpg" alt="Photo"><script>alert(1)</script></div>',
    );
    const before = doc.documentElement.outerHTML;
    const result = extractRegion(doc.getElementById('pick')!);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const html = new dom!.window.XMLSerializer().serializeToString(result.article.content);
    expect(html).not.toContain('script');
    expect(html).not.toContain('onclick');
    expect(html).toContain('href="https://example.com/more"');
    expect(html).toContain('src="https://example.com/photo.jpg"');
    expect(result.article.title).toBe('Picked story');
    expect(result.article.siteName).toBe('Harbour Times');
    expect(result.confidence.level).toBe('high');
    expect(result.region).toBe(doc.getElementById('pick'));
  });

  it('takes the metadata of the automatic extraction when there was one', () => {
    const doc = page('<div id="pick"><p>Text</p></div>');
    const meta = {
      title: 'Found',
      byline: 'A. Writer',
      siteName: null,
      publishedTime: null,
      lang: 'en',
      dir: null,
      excerpt: null,
    };
    const result = extractRegion(doc.getElementById('pick')!, meta);
    expect(result.ok && [result.article.title, result.article.byline]).toEqual(['Found', 'A. Writer']);
  });

  it('finds nothing in an empty element', () => {
    const doc = page('<div id="pick"> </div><p>Other</p>');
    expect(extractRegion(doc.getElementById('pick')!)).toEqual({ ok: false, reason: 'no-article' });
  });
});

describe('isWholePage', () => {
  it('is the body, the root, or the only block the body holds', () => {
    const doc = page('<div id="outer"><div id="inner"><p id="p">A</p><p>B</p></div></div><script></script>');
    expect(isWholePage(doc.body)).toBe(true);
    expect(isWholePage(doc.documentElement)).toBe(true);
    expect(isWholePage(doc.getElementById('outer')!)).toBe(true);
    expect(isWholePage(doc.getElementById('inner')!)).toBe(true);
    expect(isWholePage(doc.getElementById('p')!)).toBe(false);
  });

  it('is not a block with neighbours', () => {
    const doc = page('<header>Site</header><main id="main"><p>A</p></main>');
    expect(isWholePage(doc.getElementById('main')!)).toBe(false);
  });
});
