import { afterEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { byTags, closestTag, containsTag, elementsOf } from '../../../core/extract/dom';

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function body(html: string): HTMLElement {
  dom = new JSDOM(`<body>${html}</body>`);
  return dom.window.document.body;
}

describe('tag lookups', () => {
  it('lists an element or a fragment and everything inside, in document order', () => {
    const root = body('<div id="a"><p id="b"><em id="c">x</em></p></div><p id="d"></p>');
    expect(elementsOf(root.firstElementChild!).map((el) => el.id)).toEqual(['a', 'b', 'c']);
    const fragment = dom!.window.document.createDocumentFragment();
    fragment.append(...Array.from(root.childNodes));
    expect(elementsOf(fragment).map((el) => el.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('finds a tag inside an element but not the element itself, and the nearest ancestor with a tag', () => {
    const root = body(
      '<figure id="f"><div><img id="i"></div></figure><svg id="s"><path id="p"></path></svg>',
    );
    expect(containsTag(root.firstElementChild!, new Set(['IMG']))).toBe(true);
    expect(containsTag(root.querySelector('#i')!, new Set(['IMG']))).toBe(false);
    expect(containsTag(root, new Set(['svg']))).toBe(true);
    expect(closestTag(root.querySelector('#i')!, new Set(['FIGURE']))?.id).toBe('f');
    expect(closestTag(root.querySelector('#f')!, new Set(['FIGURE']))?.id).toBe('f');
    expect(closestTag(root.querySelector('#p')!, new Set(['FIGURE']))).toBeNull();
  });

  it('lists elements of several tags as querySelectorAll does: the same ones, in document order', () => {
    const root = body(
      '<h2 id="a"></h2><div id="w"><h1 id="b"><h2 id="c"></h2></h1></div><p id="d"><img id="e"></p><h1 id="f"></h1>',
    );
    const ids = (els: ArrayLike<Element>) => Array.from(els, (el) => el.id);
    expect(ids(byTags(root, ['h1', 'h2']))).toEqual(ids(root.querySelectorAll('h1,h2')));
    expect(ids(byTags(root, ['h1', 'h2']))).toEqual(['a', 'b', 'c', 'f']);
    expect(ids(byTags(root, ['IMG', 'P', 'H1']))).toEqual(['b', 'd', 'e', 'f']);
    expect(ids(byTags(root.querySelector('#w')!, ['h2', 'div']))).toEqual(['c']);
    expect(ids(byTags(dom!.window.document, ['img']))).toEqual(['e']);
  });
});
