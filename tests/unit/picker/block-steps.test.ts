import { describe, expect, it } from 'vitest';
import { blockAt, stepFrom, stepOfKey } from '../../../core/picker/block-steps';
import { describeBlock } from '../../../core/picker/describe-block';

// jsdom lays nothing out: everything counts as shown unless marked.
const shown = (el: Element) => !el.hasAttribute('data-hidden');

function page(): Document {
  document.body.innerHTML =
    '<main id="main"><span id="wrap"><article id="article"><h1 id="h">Title</h1>' +
    '<p id="p1">One <b id="bold">two</b></p><p id="p2" data-hidden>Hidden</p><p id="p3">Three</p>' +
    '</article></span><aside id="aside"><ul id="list"><li>A</li></ul></aside></main>';
  return document;
}
const el = (id: string) => document.getElementById(id)!;

describe('picker steps', () => {
  it('finds the block under the pointer, never the body', () => {
    page();
    expect(blockAt(el('bold'), shown)).toBe(el('p1'));
    expect(blockAt(document.body, shown)).toBeNull();
  });

  it('moves to the parent and the first child block, through wrappers that are not blocks', () => {
    page();
    expect(stepFrom(el('p1'), 'parent', shown)).toBe(el('article'));
    expect(stepFrom(el('article'), 'parent', shown)).toBe(el('main'));
    expect(stepFrom(el('main'), 'parent', shown)).toBe(el('main'));
    expect(stepFrom(el('main'), 'child', shown)).toBe(el('article'));
    expect(stepFrom(el('article'), 'child', shown)).toBe(el('h'));
  });

  it('moves between sibling blocks, skipping hidden ones, and stays at either end', () => {
    page();
    expect(stepFrom(el('p1'), 'next', shown)).toBe(el('p3'));
    expect(stepFrom(el('p3'), 'previous', shown)).toBe(el('p1'));
    expect(stepFrom(el('p3'), 'next', shown)).toBe(el('p3'));
    expect(stepFrom(el('article'), 'next', shown)).toBe(el('aside'));
  });

  it('maps the arrow keys, mirrored for right-to-left pages', () => {
    expect(stepOfKey('ArrowUp', false)).toBe('parent');
    expect(stepOfKey('ArrowDown', false)).toBe('child');
    expect(stepOfKey('ArrowRight', false)).toBe('next');
    expect(stepOfKey('ArrowRight', true)).toBe('previous');
    expect(stepOfKey('a', false)).toBeNull();
  });

  it('describes a block for the live region', () => {
    page();
    expect(describeBlock(el('p1'))).toEqual({ kind: 'paragraph', start: 'One two', words: 2 });
    expect(describeBlock(el('list')).kind).toBe('list');
  });
});
