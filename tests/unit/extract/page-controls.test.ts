/** Forms, dialogs, cart messages, affiliate disclaimers and gallery controls are never the article (issue 23). */
import { afterEach, describe, expect, it } from 'vitest';
import type { JSDOM } from 'jsdom';
import { toBlockText } from '../../../core/extract';
import { isPageControlText } from '../../../core/extract/page-controls';
import { runFixture } from '../fixtures/run-fixture';

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function articleText(slug: string): { text: string; content: DocumentFragment } {
  const run = runFixture(slug);
  dom = run.dom;
  if (!run.result.ok) throw new Error(run.result.reason);
  return { text: toBlockText(run.result.article.content), content: run.result.article.content };
}

describe('controls and disclaimers', () => {
  it.each([
    'Added to cart',
    'Product added to your basket',
    'In den Warenkorb',
    'Ajouté au panier',
    'Show picture 2 of 5',
    'View all 12 photos',
    'Bild anzeigen',
    'This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.',
    'Wenn du über diese Links einkaufst, erhalten wir eine kleine Provision.',
    'Cet article contient des liens affiliés.',
  ])('“%s” is a control or a disclaimer', (text) => {
    expect(isPageControlText(text)).toBe(true);
  });

  it.each([
    'The European Commission said the cart makers must pay a fine.',
    'She added the photos to the family album she had kept since 1962, one for every summer.',
    'Show the picture to anyone who doubts that the bridge was ever built, and they fall silent.',
  ])('“%s” is the article’s text', (text) => {
    expect(isPageControlText(text)).toBe(false);
  });
});

describe('the product page', () => {
  it('keeps the description, the specifications table, the care list and the FAQ', () => {
    const { text, content } = articleText('product-page');
    expect(text).toContain('ventilated mesh');
    expect(content.querySelectorAll('table tr')).toHaveLength(5);
    expect(content.querySelectorAll('dl > dt')).toHaveLength(3);
    expect(text).toContain('Does it fit a 3-litre water bladder?');
    expect(text).toContain('which most airlines accept in the cabin');
  });

  it('leaves out the basket form and message, the gallery controls, the disclaimer and the share dialog', () => {
    const { text } = articleText('product-page');
    for (const clutter of [
      'Added to your basket',
      'View basket',
      'Add to basket',
      'Quantity',
      'Show picture',
      'Next image',
      'affiliate',
      'Share this product',
      'Write a review',
    ])
      expect(text).not.toContain(clutter);
  });
});

describe('a teaser and an author box above the body', () => {
  it('finds the body further down, keeps the teaser and leaves the author box out', () => {
    const { text } = articleText('teaser-body-below');
    expect(text).toContain('For forty-one years Klaus Meier');
    expect(text).toContain('The bell hangs from a post on the far bank');
    expect(text).toContain('a bridge does not ask you how your mother is');
    expect(text).not.toContain('writes about rural life');
    expect(text).not.toContain('More from Places');
  });
});
