import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fragmentToHtml, storedHtmlToFragment } from '../../../core/library/html';
import { libraryToHtml } from '../../../core/library/html-export';
import { articleToMarkdown, markdownFileName, markdownZip } from '../../../core/library/markdown';
import type { SavedArticle } from '../../../core/library/record';
import { payload } from './make-article';

const HOSTILE =
  '<p onclick="steal()">Hello <a href="javascript:steal()">there</a></p><script>steal()</script><img src=x onerror="steal()">';

function saved(change: Partial<SavedArticle> = {}): SavedArticle {
  return {
    ...payload(),
    id: '0123456789abcdef',
    savedAt: Date.UTC(2026, 2, 2),
    updatedAt: Date.UTC(2026, 2, 2),
    read: 0,
    archived: 0,
    tags: ['city', 'a "quoted" tag'],
    progress: 0,
    ...change,
  };
}

const htmlOf = (fragment: DocumentFragment) => fragmentToHtml(fragment);

describe('stored HTML', () => {
  it('is sanitized again whenever it is shown: scripts, handlers and javascript: links never come back', () => {
    const shown = htmlOf(storedHtmlToFragment(HOSTILE));
    expect(shown).not.toMatch(/script|onclick|onerror|javascript:/i);
    expect(shown).toContain('Hello');
  });

  it('serialises a fragment and reads back the same markup', () => {
    const fragment = storedHtmlToFragment('<h2>Part</h2><p>One <em>two</em></p>');
    expect(htmlOf(storedHtmlToFragment(htmlOf(fragment)))).toBe('<h2>Part</h2><p>One <em>two</em></p>');
  });
});

describe('Markdown export', () => {
  it('writes front matter and the body as Markdown, sanitized', () => {
    const markdown = articleToMarkdown(saved({ html: `<h2>Trams</h2>${HOSTILE}` }));
    expect(markdown).toMatch(/^---\ntitle: "The harbour bridge reopens"\nurl: "https:\/\/news.example/);
    expect(markdown).toContain('tags: ["city", "a \\"quoted\\" tag"]');
    expect(markdown).toContain('saved: "2026-03-02T00:00:00.000Z"');
    expect(markdown).toContain('## Trams');
    expect(markdown).not.toMatch(/steal|<script/);
  });

  it('zips one file per article, named by title', () => {
    const zip = unzipSync(markdownZip([saved(), saved({ id: 'fedcba9876543210', title: 'Café & co' })]));
    expect(Object.keys(zip).sort()).toEqual([
      'cafe-co-76543210.md',
      'the-harbour-bridge-reopens-89abcdef.md',
    ]);
    expect(strFromU8(zip['cafe-co-76543210.md']!)).toContain('# Café & co');
    expect(markdownFileName(saved({ title: '!!!' }))).toBe('article-89abcdef.md');
  });
});

/** Anything a Markdown renderer that allows HTML would turn into an element, a comment or a declaration. */
const RAW_HTML = /<[a-z!/?]/i;

describe('Markdown export of hostile text', () => {
  it('escapes tags and character references in the title, the body and picture descriptions', () => {
    const markdown = articleToMarkdown(
      saved({
        title: 'Harbour <img src=x onerror=alert(1)> lights',
        html:
          '<p>&lt;script&gt;alert(2)&lt;/script&gt; and &amp;lt;b&amp;gt; and AT&amp;T</p>' +
          '<img src="https://news.example/a.jpg" alt="<svg onload=alert(3)>">',
      }),
    );
    expect(markdown.split('---\n')[2]).not.toMatch(RAW_HTML);
    expect(markdown).toContain('# Harbour &lt;img src=x onerror=alert(1)> lights');
    // The page showed "&lt;b&gt;" as text: the Markdown shows the same, not a <b>.
    expect(markdown).toContain('&lt;script>alert(2)&lt;/script> and &amp;lt;b&amp;gt; and AT&T');
    expect(markdown).toContain('![&lt;svg onload=alert(3)>](https://news.example/a.jpg)');
  });

  it('keeps code as it was: inside code a < is text in every renderer', () => {
    const markdown = articleToMarkdown(
      saved({ html: '<p><code>a&lt;b</code></p><pre><code>x&lt;y &amp;&amp; z</code></pre>' }),
    );
    expect(markdown).toContain('`a<b`');
    expect(markdown).toContain('x<y && z');
  });

  it('keeps the title heading on one line: a title with newlines adds no lines of its own', () => {
    const markdown = articleToMarkdown(saved({ title: 'Bridge\n\n# Injected\r\n<script>x</script>' }));
    expect(markdown).toContain('# Bridge # Injected &lt;script>x&lt;/script>\n');
    expect(markdown).not.toMatch(/^# Injected/m);
  });
});

/** A name every common filesystem stores as given: no separators, reserved names or trailing dots. */
function isPortableName(name: string): boolean {
  return (
    !/[\\/:*?"<>|]/.test(name) &&
    Array.from(name).every((char) => char.charCodeAt(0) >= 0x20) &&
    !/[. ]$/.test(name) &&
    !name.includes('..') &&
    !/^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i.test(name) &&
    new TextEncoder().encode(name).length <= 255
  );
}

describe('Markdown ZIP file names', () => {
  it('gives every article its own entry, even with the same title and the same end of id', () => {
    const articles = Array.from({ length: 9 }, (_, i) => saved({ id: `${i}-shared-end-abcdefgh` }));
    expect(Object.keys(unzipSync(markdownZip(articles)))).toHaveLength(9);
    // Names that differ only in case are one file on Windows and macOS.
    const cased = [saved({ id: 'x-AbCdEfGh' }), saved({ id: 'y-abcdefgh' })];
    const names = Object.keys(unzipSync(markdownZip(cased)));
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(2);
  });

  it('names files safely whatever the id and title hold', () => {
    const hostile = [
      saved({ id: 'x/../../a' }),
      saved({ id: 'x\\..\\..\\b' }),
      saved({ id: 'x\u0000\u0001.. ', title: 'CON' }),
      saved({ id: 'x:*?"<>|', title: 'nul' }),
      saved({ id: 'x.', title: '..' }),
      saved({ id: 'x', title: 'ﬀ'.repeat(300) }),
    ];
    const names = Object.keys(unzipSync(markdownZip(hostile)));
    expect(names).toHaveLength(hostile.length);
    for (const name of names) expect(isPortableName(name), name).toBe(true);
    for (const article of hostile) expect(isPortableName(markdownFileName(article))).toBe(true);
  });
});

describe('HTML export', () => {
  it('is one document listing every article and holding each one, sanitized', () => {
    const html = libraryToHtml([saved(), saved({ id: 'b', title: 'Second', html: HOSTILE })], 'My list');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.title).toBe('My list');
    expect(Array.from(doc.querySelectorAll('nav a')).map((a) => a.textContent)).toEqual([
      'The harbour bridge reopens',
      'Second',
    ]);
    expect(doc.querySelectorAll('article')).toHaveLength(2);
    expect(html).not.toMatch(/steal/);
  });

  it('loads nothing but the article’s own pictures: no remote fonts, styles, scripts, frames or media', () => {
    const html = libraryToHtml(
      [
        saved({
          html:
            '<p>Text</p><img src="https://news.example/a.jpg"><link rel="stylesheet" href="https://t.example/s.css">' +
            '<style>@import "https://t.example/i.css"</style><video src="https://t.example/v.mp4" poster="https://t.example/p.jpg"></video>' +
            '<audio src="https://t.example/a.mp3"></audio><iframe src="https://t.example/f"></iframe><object data="https://t.example/o"></object>',
        }),
      ],
      'My list',
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, link, iframe, object, embed, base')).toHaveLength(0);
    expect(Array.from(doc.querySelectorAll('style'), (style) => style.textContent).join('')).not.toMatch(
      /@import|url\(|@font-face/i,
    );
    // Whatever a stored body may still hold, the page's own policy lets the browser fetch pictures only.
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(policy?.getAttribute('content')).toBe(
      "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
    // A policy holds for what comes after it only.
    expect(doc.head.firstElementChild).toBe(policy);
  });
});
