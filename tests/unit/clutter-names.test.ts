import { describe, expect, it } from 'vitest';
import { namedLikeClutter, namedLikePageClutter } from '../../core/clutter-names';

const named = (className: string, id?: string) => {
  const el = document.createElement('div');
  el.className = className;
  if (id) el.id = id;
  return el;
};

describe('the clutter vocabulary, for extraction and for the live page alike', () => {
  it.each([
    'related-posts',
    'c-newsletter__box',
    'article-share',
    'share-bar',
    'social',
    'comments-section',
    'lire-aussi',
    'menu',
  ])('knows "%s" as clutter in both', (name) => {
    expect(namedLikeClutter(named(name))).toBe(true);
    expect(namedLikePageClutter(named(name))).toBe(true);
  });

  it.each(['shareholders', 'socialist-history', 'modality', 'articleShare', 'biology-notes', 'story-body'])(
    'leaves "%s" alone in both: short words must be whole, fragments must start a word',
    (name) => {
      expect(namedLikeClutter(named(name))).toBe(false);
      expect(namedLikePageClutter(named(name))).toBe(false);
    },
  );

  it('hides floating layers on the page but never cuts them from the article copy', () => {
    for (const name of ['breaking-ticker', 'image-overlay', 'sticky-wrapper']) {
      expect(namedLikePageClutter(named(name)), name).toBe(true);
      expect(namedLikeClutter(named(name)), name).toBe(false);
    }
  });

  it('reads the id as well as the classes', () => {
    expect(namedLikeClutter(named('', 'newsletter'))).toBe(true);
    expect(namedLikeClutter(named(''))).toBe(false);
  });
});
