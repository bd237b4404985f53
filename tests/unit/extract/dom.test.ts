import { afterEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { closestTag, containsTag, elementsOf } from '../../../core/extract/dom';

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
});
