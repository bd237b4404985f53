import { afterEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { captionText, describedPicture, isCaption } from '../../../core/extract/captions';

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

  it('describes a picture without alt text, leaving out the gallery counter and the credit', () => {
    const root = body(
      '<figure><img id="p" src="a.jpg"><figcaption>Image 2 of 5 The ropewalk in 1931. <span>Photo: Archive</span></figcaption></figure>' +
        '<figure><img src="b.jpg" alt="Tar kettle"><figcaption>The kettle.</figcaption></figure>' +
        '<figure><img src="c.jpg"><figcaption>Getty Images</figcaption></figure>',
    );
    const [first, second, third] = Array.from(root.querySelectorAll('figcaption'));
    const described = describedPicture(first!);
    expect(described?.[0].id).toBe('p');
    expect(described?.[1]).toBe('The ropewalk in 1931.');
    expect(describedPicture(second!)).toBeNull();
    expect(describedPicture(third!)).toBeNull();
    expect(captionText(body('<p>3/12 Fotos vom Hafen</p>').firstElementChild!)).toBe('Fotos vom Hafen');
  });
});
