import { describe, expect, it } from 'vitest';
import { toBlockText } from '../../../core/extract';

function contentOf(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

function blocksOf(html: string): string[] {
  return toBlockText(contentOf(html)).split('\n\n');
}

describe('toBlockText', () => {
  it('gives each paragraph and heading its own block, separated by a blank line', () => {
    expect(toBlockText(contentOf('<h2>Title</h2><p>First.</p><p>Second.</p>'))).toBe(
      'Title\n\nFirst.\n\nSecond.',
    );
  });

  it('keeps inline markup inside its paragraph', () => {
    expect(blocksOf('<p>A <em>quiet</em> <a href="#">harbour</a> town.</p>')).toEqual([
      'A quiet harbour town.',
    ]);
  });

  it('collapses whitespace and drops empty blocks', () => {
    expect(blocksOf('<div>\n  <p>  Spread\n   over   lines </p>\n  <p> </p>\n</div>')).toEqual([
      'Spread over lines',
    ]);
  });

  it('splits at line breaks', () => {
    expect(blocksOf('<p>Line one<br>Line two</p>')).toEqual(['Line one', 'Line two']);
  });

  it('gives each list item a block, nested ones too', () => {
    expect(blocksOf('<ul><li>Crates<ul><li>lined</li><li>filled</li></ul></li><li>Fork</li></ul>')).toEqual([
      'Crates',
      'lined',
      'filled',
      'Fork',
    ]);
  });

  it('never glues the text of neighbouring table cells together', () => {
    const text = toBlockText(
      contentOf('<table><tr><th>Quarter</th><th>Gas</th></tr><tr><td>Q1</td><td>6,420</td></tr></table>'),
    );
    expect(text).not.toMatch(/QuarterGas|Q16,420/);
    expect(text).toContain('6,420');
  });

  it('gives a figure caption its own block', () => {
    expect(
      blocksOf(
        '<figure><img src="a.jpg" alt="ignored"><figcaption>The ropewalk in 1931.</figcaption></figure><p>Text.</p>',
      ),
    ).toEqual(['The ropewalk in 1931.', 'Text.']);
  });
});
