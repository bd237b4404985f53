import { afterEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { captionedPicture, figcaptionFrom, isCaption, showCaptions } from '../../../core/extract/captions';
import { cloneWithMap } from '../../../core/extract/clone';

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function body(html: string): HTMLElement {
  dom = new JSDOM(`<body>${html}</body>`);
  return dom.window.document.body;
}

const captionIds = (root: HTMLElement): string[] =>
  Array.from(root.querySelectorAll('[id]'))
    .filter(isCaption)
    .map((el) => el.id);

describe('captions', () => {
  it('finds captions by tag and by name in several languages, but not the boxes around pictures', () => {
    const root = body(
      '<figure><img src="a.jpg"><figcaption id="a">The ropewalk.</figcaption></figure>' +
        '<div id="box" class="wp-caption"><img src="a.jpg"><p id="b" class="wp-caption-text">The ropewalk in 1931.</p></div>' +
        '<p id="c" class="image__caption">Workers at the tar kettle.</p><div id="d" class="bildunterschrift">Das Seilhaus.</div>' +
        '<span id="e" class="legende">La corderie.</span><span id="f" class="newsCaption">The yard.</span>' +
        '<div id="g" class="media-with-caption"><p>The roof will be slate.</p></div><p id="h" class="withoutCaption">x</p>' +
        '<div id="i" class="header--caption-style"><p>The doors open at ten.</p></div><p id="j" class="captioned-story">Prose.</p>',
    );
    expect(captionIds(root)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('is not a caption when it holds a picture or a table, or runs to prose length', () => {
    const long = 'A sentence of the article that someone wrapped in a caption box by mistake. '.repeat(7);
    const root = body(
      '<figcaption id="a"><img src="a.jpg">Plan</figcaption><div id="b" class="caption"><table><tr><td>1</td></tr></table></div>' +
        `<div id="c" class="caption">${long}</div><figcaption id="d"><svg></svg> The ropewalk.</figcaption>`,
    );
    expect(captionIds(root)).toEqual(['d']);
  });

  it('makes a figcaption without the gallery counter and the credit, keeping links and emphasis', () => {
    const root = body(
      '<figure><img id="p" src="a.jpg"><figcaption>Image 2 of 5 The <em>ropewalk</em> in <a href="/1931">1931</a>. <span>Photo: Archive</span></figcaption></figure>' +
        '<figure><img src="c.jpg"><figcaption>Getty Images</figcaption></figure><p class="caption">3/12 Fotos vom Hafen</p>',
    );
    const [first, second] = Array.from(root.querySelectorAll('figcaption'));
    expect(captionedPicture(first!)?.id).toBe('p');
    const made = figcaptionFrom(first!, root.ownerDocument);
    expect(made?.innerHTML.trim()).toBe('The <em>ropewalk</em> in <a href="/1931">1931</a>.');
    expect(figcaptionFrom(second!, root.ownerDocument)).toBeNull();
    expect(figcaptionFrom(root.querySelector('.caption')!, root.ownerDocument)?.textContent).toBe(
      'Fotos vom Hafen',
    );
  });

  it('shows each caption under its copied picture, in a figure made for it when the page had none', () => {
    const root = body(
      '<figure><img id="a" src="a.jpg"><figcaption id="ca">The ropewalk.</figcaption></figure>' +
        '<div class="photo"><p><a href="/big.jpg"><img id="b" src="b.jpg" alt="Tar kettle"></a></p><p id="cb" class="caption">The kettle, 1920.</p></div>',
    );
    const doc = root.ownerDocument;
    const leave = new Set([doc.getElementById('ca')!, doc.getElementById('cb')!]);
    const { clone, liveOf } = cloneWithMap(doc, leave);
    showCaptions(clone, liveOf, new Map([...leave].map((c) => [captionedPicture(c)!, c])));
    expect(clone.body.innerHTML).toBe(
      '<figure><img id="a" src="a.jpg"><figcaption>The ropewalk.</figcaption></figure>' +
        '<figure><div class="photo"><p><a href="/big.jpg"><img id="b" src="b.jpg" alt="Tar kettle"></a></p></div><figcaption>The kettle, 1920.</figcaption></figure>',
    );
  });
});
