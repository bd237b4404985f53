import { afterEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { cloneWithMap, hoistRoot } from '../../../core/extract/clone';
import { extractArticle } from '../../../core/extract/extract';
import { findFurniture } from '../../../core/extract/furniture';

const PROSE = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story about the harbour and the ropewalk, long enough to count as prose ` +
    'for the extraction, with a second clause so that it reads like a real paragraph of an article.</p>',
).join('');

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function page(body: string): Document {
  dom = new JSDOM(`<!doctype html><html><head><title>Story</title></head><body>${body}</body></html>`, {
    url: 'https://example.com/story/',
  });
  return dom.window.document;
}

const ids = (found: Set<Element>): string[] => [...found].map((el) => el.id).sort();

describe('findFurniture', () => {
  it('finds navigation, side columns and footers by tag and role', () => {
    const doc = page(
      `<nav id="a">Home</nav><div role="navigation" id="b">Menu</div><main>${PROSE}</main>` +
        '<aside id="c">Most read</aside><div role="complementary" id="d">Extras</div><footer id="e">©</footer>',
    );
    expect(ids(findFurniture(doc).leave)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('finds related, newsletter, share and comment blocks by name, in several languages', () => {
    const doc = page(
      `<article>${PROSE}<div id="r" class="related-posts">More</div><div id="n" class="c-newsletter">Sign up</div>` +
        '<div id="s" class="article-share">Share</div><section id="k" class="kommentare">…</section>' +
        '<div id="f" class="articles-connexes">…</div><div id="p" class="noticias-relacionadas">…</div>' +
        '<div id="l" class="lees-ook">…</div></article>',
    );
    expect(ids(findFurniture(doc).leave)).toEqual(['f', 'k', 'l', 'n', 'p', 'r', 's']);
  });

  it('matches names at the start of a word only', () => {
    const doc = page(
      `<div class="unrelated-story">${PROSE}<div id="x" class="shareholders">Text</div><div id="y" class="biology-notes">Text</div></div>`,
    );
    expect(ids(findFurniture(doc).leave)).toEqual([]);
  });

  it('finds hover cards, author bios, calls to action and copyright lines by name', () => {
    const doc = page(
      `<article>${PROSE}<p>Rep. Ilhan Omar<span id="h" class="rollover-people">Omar: three more stories</span> said.</p>` +
        '<div id="b" class="articleByline__bio">Phil is a reporter.</div><div id="c" class="cta-stories">Want more?</div>' +
        '<div id="r" class="block-copyright">© 2019 The Paper</div></article>',
    );
    expect(ids(findFurniture(doc).leave)).toEqual(['b', 'c', 'h', 'r']);
  });

  it('leaves out what CSS frameworks hide, unless a wider screen shows it again', () => {
    const doc = page(
      `<article>${PROSE}<div id="a" class="d-none d-print-block">Citation</div><span id="b" class="sr-only">opens in a new tab</span>` +
        '<div id="c" class="hidden">Old poll</div><div class="d-none d-md-block">Shown on desktops</div>' +
        '<div class="hidden lg:flex">Shown on large screens</div></article>',
    );
    expect(ids(findFurniture(doc).leave)).toEqual(['a', 'b', 'c']);
  });

  it('narrows the copy to the block holding nearly all the prose, and notes what it left above', () => {
    const doc = page(
      '<div id="top"><h1>Story</h1><p class="byline">By Ana Silva</p></div>' +
        `<div id="wrap"><div id="tools">Print</div><div id="story">${PROSE}</div><div id="more"><p>Another story.</p></div></div>` +
        '<div id="foot">Contact</div>',
    );
    const { leave, above } = findFurniture(doc);
    expect(ids(leave)).toEqual(['foot', 'more', 'tools', 'top']);
    expect(above.map((el) => el.id)).toEqual(['top', 'tools']);
  });

  it('leaves out captions and controls, and notes which picture each caption belongs to', () => {
    const doc = page(
      `<article>${PROSE}<figure><img id="p1" src="a.jpg"><figcaption id="c1">Image 2 of 5 The ropewalk in 1931. <span>Photo: Archive</span></figcaption></figure>` +
        '<div class="wp-caption"><img id="p2" src="b.jpg" alt="Tar kettle"><p id="c2" class="wp-caption-text">The kettle.</p></div>' +
        '<figure><img id="p3" src="c.jpg"><figcaption id="c3">Getty Images</figcaption></figure>' +
        '<button id="b">Share</button><svg id="s"><path d=""></path></svg><figcaption id="k"><table><tr><td>1</td></tr></table></figcaption></article>',
    );
    const { leave, captions } = findFurniture(doc);
    expect(ids(leave)).toEqual(['b', 'c1', 'c2', 'c3', 's']);
    expect([...captions].map(([img, caption]) => [img.id, caption.id]).sort()).toEqual([
      ['p1', 'c1'],
      ['p2', 'c2'],
      ['p3', 'c3'],
    ]);
  });

  it('does not narrow when the prose is spread over several blocks', () => {
    const doc = page(`<div id="a">${PROSE}</div><div id="b">${PROSE}</div>`);
    expect(ids(findFurniture(doc).leave)).toEqual([]);
  });

  it('never takes a block holding most of the prose, whatever it is called', () => {
    const doc = page(
      `<div class="post has-sidebar" id="w">${PROSE}</div><div class="sidebar" id="s">Ads</div>`,
    );
    expect(ids(findFurniture(doc).leave)).toEqual(['s']);
  });

  it('keeps structured data, drops other scripts, and only reads the page', () => {
    const doc = page(
      `<script id="j" type="application/ld+json">{}</script><script id="t">track()</script>${PROSE}`,
    );
    const before = doc.documentElement.outerHTML;
    expect(ids(findFurniture(doc).leave)).toEqual(['t']);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('findFurniture in the head and hidden blocks', () => {
  it("leaves the head's scripts, styles and links but keeps the title, meta tags and structured data", () => {
    dom = new JSDOM(
      '<!doctype html><html><head><title>Story</title><meta name="author" content="Ann Lee">' +
        '<script id="t" src="/app.js"></script><script id="j" type="application/ld+json">{}</script>' +
        `<style id="s">p{}</style><link id="l" rel="stylesheet" href="/a.css"></head><body>${PROSE}</body></html>`,
      { url: 'https://example.com/story/' },
    );
    const doc = dom.window.document;
    const found = findFurniture(doc).leave;
    expect(ids(found)).toEqual(['l', 's', 't']);
    const { clone } = cloneWithMap(doc, found);
    expect(clone.title).toBe('Story');
    expect(clone.querySelector('meta[name=author]')).not.toBeNull();
    expect(clone.getElementById('j')).not.toBeNull();
  });

  it('leaves out blocks hidden by attribute or inline style, which are never shown', () => {
    const doc = page(
      `<main>${PROSE}<div id="a" hidden>Sign in</div><div id="b" aria-hidden="true">Menu</div>` +
        '<div id="c" style="color: red; display:none !important">Popup</div>' +
        '<div id="d" style="visibility: hidden">Overlay</div><div id="e" style="display: block">Shown</div>' +
        '<div id="f" aria-hidden="false">Shown</div></main>',
    );
    expect(ids(findFurniture(doc).leave)).toEqual(['a', 'b', 'c', 'd']);
  });

  it("keeps a formula's fallback image, which Readability keeps although it is aria-hidden", () => {
    // As Wikipedia prints a formula: MathML hidden from the eye, the image hidden from screen readers.
    const formula =
      '<span class="mwe-math-element"><span id="mathml" style="display: none;"><math><mi>A</mi></math></span>' +
      '<img id="image" class="mwe-math-fallback-image-inline" aria-hidden="true" src="a.svg" alt="A"></span>';
    const doc = page(
      `<main>${PROSE}<p>The matrix ${formula} is Hermitian.</p><span id="icon" aria-hidden="true" class="icon-image">*</span></main>`,
    );
    expect(ids(findFurniture(doc).leave)).toEqual(['icon', 'mathml']);
    const result = extractArticle(doc);
    expect(result.ok && result.article.content.querySelector('img[src$="a.svg"]')).toBeTruthy();
  });
});

describe('cloneWithMap with furniture left out', () => {
  it('copies everything else and maps every copied element to the live one', () => {
    const doc = page(
      `<nav id="nav">Menu</nav><main id="m"><h1>Title</h1>${PROSE}<aside id="a">x</aside></main>`,
    );
    const { clone, liveOf } = cloneWithMap(doc, findFurniture(doc).leave);
    expect(clone.getElementById('nav')).toBeNull();
    expect(clone.getElementById('a')).toBeNull();
    expect(clone.querySelectorAll('main p')).toHaveLength(5);
    expect(clone.title).toBe('Story');
    for (const el of Array.from(clone.querySelectorAll('*'))) {
      const live = liveOf.get(el);
      expect(live?.tagName).toBe(el.tagName);
      expect(live?.ownerDocument).toBe(doc);
    }
    expect(doc.getElementById('nav')).not.toBeNull();
  });
});

describe('hoistRoot', () => {
  it('puts the block the copy was narrowed to straight under the body, with structured data in the head', () => {
    const doc = page(
      `<div id="outer"><header id="h">Site</header><div id="inner"><script id="j" type="application/ld+json">{}</script>` +
        `<div id="story">${PROSE}</div><div id="more">Links</div></div></div>`,
    );
    const furniture = findFurniture(doc);
    expect(furniture.root?.id).toBe('story');
    const { clone, liveOf } = cloneWithMap(doc, furniture.leave);
    hoistRoot(clone, liveOf, furniture.root!);
    expect(Array.from(clone.body.children, (el) => el.id)).toEqual(['story']);
    expect(liveOf.get(clone.body.firstElementChild!)).toBe(doc.getElementById('story'));
    expect(clone.head.querySelector('#j')).not.toBeNull();
    expect(clone.getElementById('outer')).toBeNull();
  });
});

describe('picture sources beside a caption', () => {
  it('leaves out a linked source printed next to the caption, and keeps a pull quote’s speaker', () => {
    const doc = page(
      `<article>${PROSE}<figure><img src="https://example.com/map.png" alt="A map of the harbour">` +
        '<span><figcaption>The harbour at low tide this week.</figcaption>' +
        '<cite><a href="https://example.org/">Harbour Survey</a></cite></span></figure>' +
        '<figure><blockquote><p>We built the ropewalk to last a hundred years.</p></blockquote>' +
        '<cite>Ada Rope, the founder</cite></figure>' +
        `${PROSE}</article>`,
    );
    const result = extractArticle(doc);
    const text = result.ok ? result.article.content.textContent : '';
    expect(text).toContain('The harbour at low tide this week.');
    expect(text).not.toContain('Harbour Survey');
    expect(text).toContain('Ada Rope, the founder');
  });
});
