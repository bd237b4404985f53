import { describe, expect, it } from 'vitest';
import { pathOf, removableAt, removableBlocks, withoutBlocks } from '../../../core/reader/removed-blocks';

function article(): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML =
    '<p id="a">A <em id="em">b</em></p><figure id="f"><img id="img" src="x.png"><figcaption>c</figcaption></figure>' +
    '<ul id="list"><li id="li">d</li></ul><p id="e">E</p>';
  return template.content;
}

describe('removed blocks', () => {
  it('removes the block a click lands in: the paragraph, the picture with its figure, the whole list', () => {
    const root = document.createElement('div');
    root.append(article());
    const find = (id: string) => removableAt(root.querySelector(`#${id}`)!, root)?.id;
    expect(find('em')).toBe('a');
    expect(find('img')).toBe('f');
    expect(find('li')).toBe('list');
    expect(removableBlocks(root).map((el) => el.id)).toEqual(['a', 'f', 'list', 'e']);
  });

  it('applies removals in order on a copy, and undo is dropping the last one', () => {
    const content = article();
    const root = document.createElement('div');
    root.append(content.cloneNode(true));
    const first = pathOf(root, root.querySelector('#f')!)!;
    const once = withoutBlocks(content, [first]);
    const shown = document.createElement('div');
    shown.append(once.cloneNode(true));
    const second = pathOf(shown, shown.querySelector('#e')!)!;
    const ids = (fragment: DocumentFragment) => Array.from(fragment.children).map((el) => el.id);
    expect(ids(withoutBlocks(content, [first, second]))).toEqual(['a', 'list']);
    expect(ids(withoutBlocks(content, [first]))).toEqual(['a', 'list', 'e']);
    expect(ids(content)).toEqual(['a', 'f', 'list', 'e']);
  });
});
