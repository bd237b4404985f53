import { describe, expect, it } from 'vitest';
import { markOf, type Highlight } from '../../../core/annotate/highlight';
import { clearHighlights, firstMarkOf, highlightIdAt, paintHighlights } from '../../../core/annotate/paint';
import { describeRange } from '../../../core/annotate/selectors';
import { rangeOf, textMapOf } from '../../../core/annotate/text-map';

const ARTICLE = '<p>The harbour lights came on at <em>dusk</em>.</p>\n<p>Fishermen mended their nets.</p>';

function article(html = ARTICLE): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const highlight = (root: Element, quote: string, id: string, color: Highlight['color'] = 'yellow') => {
  const map = textMapOf(root);
  const start = map.text.indexOf(quote);
  const target = describeRange(root, rangeOf(map, start, start + quote.length)!)!;
  return markOf({ id, articleId: 'a', target, color, note: '', createdAt: 0, updatedAt: 0 });
};

describe('describeRange', () => {
  it('gives both selectors for a selection across elements, trimmed of white space', () => {
    const root = article();
    const range = document.createRange();
    range.setStart(root.querySelector('em')!.firstChild!, 2);
    range.setEnd(root.querySelectorAll('p')[1]!.firstChild!, 9);
    const target = describeRange(root, range)!;
    expect(target.quote.exact).toBe('sk.\nFishermen');
    expect(target.quote.prefix).toBe('The harbour lights came on at du');
    expect(target.quote.suffix).toBe(' mended their nets.');
    expect(target.position).toEqual({ type: 'TextPositionSelector', start: 32, end: 45 });
  });

  it('gives null for a selection outside the article or of white space only', () => {
    const root = article();
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    const range = document.createRange();
    range.selectNodeContents(outside);
    expect(describeRange(root, range)).toBeNull();
    const blank = document.createRange();
    blank.setStart(root.childNodes[1]!, 0);
    blank.setEnd(root.childNodes[1]!, 1);
    expect(describeRange(root, blank)).toBeNull();
  });
});

describe('paintHighlights', () => {
  it('marks each highlight, across elements, and clears back to the same text and nodes', () => {
    const root = article();
    const before = root.innerHTML;
    const marks = [highlight(root, 'lights came on at dusk', 'h1', 'green'), highlight(root, 'mended', 'h2')];
    const result = paintHighlights(root, marks);
    expect(result.found.map((f) => f.mark.id)).toEqual(['h1', 'h2']);
    const painted = Array.from(root.querySelectorAll('mark'));
    expect(painted.map((m) => [m.textContent, m.dataset.color])).toEqual([
      ['lights came on at ', 'green'],
      ['dusk', 'green'],
      ['mended', 'yellow'],
    ]);
    expect(highlightIdAt(painted[1]!.firstChild!.parentElement)).toBe('h1');
    expect(firstMarkOf(root, 'h2')?.textContent).toBe('mended');
    clearHighlights(root);
    expect(root.innerHTML).toBe(before);
  });

  it('paints the same page twice over as once, with overlapping highlights', () => {
    const root = article();
    const marks = [highlight(root, 'harbour lights', 'a'), highlight(root, 'lights came', 'b')];
    paintHighlights(root, marks);
    const once = root.innerHTML;
    paintHighlights(root, marks);
    expect(root.innerHTML).toBe(once);
    expect(root.textContent).toBe(article().textContent);
  });

  it('takes the last mark out when the last highlight is removed', () => {
    const root = article();
    const before = root.innerHTML;
    paintHighlights(root, [highlight(root, 'mended', 'only')]);
    expect(root.querySelectorAll('mark')).toHaveLength(1);
    expect(paintHighlights(root, [])).toEqual({ found: [], missing: [] });
    expect(root.innerHTML).toBe(before);
  });

  it('lists a highlight whose passage is gone as missing, and keeps it', () => {
    const root = article();
    const gone = highlight(root, 'Fishermen mended their nets', 'gone');
    const changed = article(
      '<p>The harbour lights came on at <em>dusk</em>.</p><p>Gulls circled all day.</p>',
    );
    const result = paintHighlights(changed, [highlight(root, 'harbour', 'kept'), gone]);
    expect(result.found.map((f) => f.mark.id)).toEqual(['kept']);
    expect(result.missing).toEqual([gone]);
  });
});
