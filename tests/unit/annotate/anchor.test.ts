import { describe, expect, it } from 'vitest';
import { anchorTarget } from '../../../core/annotate/anchor';
import { targetAt } from '../../../core/annotate/selectors';

const TEXT =
  'The harbour lights came on at dusk. Fishermen mended their nets on the quay. ' +
  'The harbour lights went out at dawn, and the boats put out to sea again.';

const targetOf = (text: string, quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  return targetAt(text, start, start + quote.length);
};

describe('anchorTarget', () => {
  it('finds an unchanged passage at its stored position', () => {
    const target = targetOf(TEXT, 'mended their nets');
    const span = anchorTarget(TEXT, target);
    expect(span).toEqual({ start: target.position.start, end: target.position.end, exact: true });
  });

  it('tells a repeated phrase apart by its context', () => {
    const second = TEXT.indexOf('The harbour lights', 10);
    const target = targetOf(TEXT, 'The harbour lights', 10);
    // Text inserted before both: positions move, and both places still read the quote word for word.
    const changed = 'A note from the editor. ' + TEXT;
    const span = anchorTarget(changed, target)!;
    expect(span.start).toBe(second + 'A note from the editor. '.length);
    expect(changed.slice(span.start, span.end)).toBe('The harbour lights');
  });

  it('follows shifted text', () => {
    const target = targetOf(TEXT, 'boats put out to sea');
    const shifted = 'Updated on Monday. ' + TEXT;
    const span = anchorTarget(shifted, target)!;
    expect(shifted.slice(span.start, span.end)).toBe('boats put out to sea');
    expect(span.exact).toBe(true);
  });

  it('finds a slightly changed passage with the fuzzy matcher', () => {
    const target = targetOf(TEXT, 'Fishermen mended their nets on the quay');
    const edited = TEXT.replace('mended their nets', 'mended the nets');
    const span = anchorTarget(edited, target)!;
    expect(span.exact).toBe(false);
    expect(edited.slice(span.start, span.end)).toContain('mended the nets on the quay');
  });

  it('gives null when the passage is gone, rather than a wrong place', () => {
    const target = targetOf(TEXT, 'Fishermen mended their nets on the quay');
    const rewritten = TEXT.replace(
      'Fishermen mended their nets on the quay',
      'Gulls circled overhead all day',
    );
    expect(anchorTarget(rewritten, target)).toBeNull();
  });

  it('does not guess for a short quote that is no longer there', () => {
    expect(anchorTarget('Nothing here.', targetOf(TEXT, 'quay'))).toBeNull();
  });
});
