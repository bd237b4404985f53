import { describe, expect, it } from 'vitest';
import { findBySelectors, isStableName, robustSelectors } from '../../../core/picker/robust-selector';
import { regionByRule } from '../../../core/picker/rule-region';

/** A fresh page in this window's document; `data-mark` names the region for the test only. */
function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('Story');
  doc.body.innerHTML = body;
  return doc;
}
const marked = (doc: Document) => doc.querySelector('[data-mark]')!;
const found = (doc: Document, selectors: string[]) => findBySelectors(doc, selectors);

/** A news page as served on one visit; `visit` changes what a later visit's page differs in. */
function newsPage(visit: { banner?: boolean; counter?: number; extraParagraph?: boolean } = {}): string {
  const counter = visit.counter ?? 48213;
  return `
    ${visit.banner ? '<div class="cookie-banner"><p>We use cookies.</p></div>' : ''}
    <header class="site-header"><nav><a href="/">Home</a></nav></header>
    <div class="layout">
      <div class="column is-active">
        <article class="story-body post-${counter} Story_text__x8Kq2" data-mark>
          <p>First paragraph.</p>
          ${visit.extraParagraph ? '<p>An update.</p>' : ''}
          <p>Second paragraph.</p>
        </article>
      </div>
      <aside class="column"><article class="teaser"><p>Read next.</p></article></aside>
    </div>`;
}

describe('robust selectors for a picked region', () => {
  it('tells names a build generates or a script toggles from names a site keeps', () => {
    for (const name of ['story-body', 'article', 'content', 'entry-content', 'col-md-8', 'main'])
      expect(isStableName(name), name).toBe(true);
    for (const name of [
      'post-48213',
      'Story_text__x8Kq2',
      'css-1q2w3e',
      'sc-bdVaJa',
      'is-active',
      'active',
      'js-story',
      'md:flex',
      ':r1:',
      'lectern-hidden',
      'xK3j9a',
    ])
      expect(isStableName(name), name).toBe(false);
  });

  it('prefers a stable id, and each selector finds exactly the region on its page', () => {
    const doc = page(
      '<main id="content"><div class="body" data-mark><p>Text</p></div></main><div class="body"></div>',
    );
    const selectors = robustSelectors(marked(doc));
    expect(selectors[0]).toBe('#content div.body');
    for (const selector of selectors) {
      expect(doc.querySelectorAll(selector), selector).toHaveLength(1);
      expect(doc.querySelector(selector)).toBe(marked(doc));
    }
  });

  it('never names the region by a generated id or class', () => {
    const doc = page(newsPage());
    const selectors = robustSelectors(marked(doc));
    expect(selectors.length).toBeGreaterThan(0);
    expect(selectors.join(' ')).not.toMatch(/48213|x8Kq2|is-active/);
    expect(selectors[0]).toBe('article.story-body');
  });

  it('still finds the region on a later visit: a banner above, a new paragraph, a new counter', () => {
    const selectors = robustSelectors(marked(page(newsPage())));
    const later = page(newsPage({ banner: true, counter: 51877, extraParagraph: true }));
    expect(found(later, selectors)).toBe(marked(later));
  });

  it('on a page with no names at all, a numbered path that survives text changes', () => {
    const doc = page(
      '<div><p>Menu</p></div><div><div><p>Menu 2</p></div><div data-mark><p>Story</p></div></div>',
    );
    const selectors = robustSelectors(marked(doc));
    expect(selectors).toEqual(['body > div:nth-of-type(2) > div:nth-of-type(2)']);
    const later = page(
      '<div><p>Other menu</p></div><div><div><p>Menu 3</p></div><div data-mark><p>New story</p></div></div>',
    );
    expect(found(later, selectors)).toBe(marked(later));
  });

  it('falls through to the next selector when the first finds nothing any more', () => {
    const doc = page('<main id="story"><p>Text</p></main>');
    const main = doc.getElementById('story')!;
    main.setAttribute('data-mark', '');
    const selectors = robustSelectors(main);
    expect(selectors[0]).toBe('#story');
    // The site drops the id; the structure is still there.
    const later = page('<main data-mark><p>Text</p></main>');
    expect(found(later, selectors)).toBe(marked(later));
  });

  it('a page whose region is gone finds nothing, and a selector the browser cannot read is skipped', () => {
    const selectors = robustSelectors(marked(page(newsPage())));
    const changed = page('<section class="redesign"><p>All new.</p></section>');
    expect(found(changed, selectors)).toBeNull();
    expect(found(changed, ['p:unknown-thing(', 'section.redesign'])).toBe(changed.querySelector('section'));
  });

  it('gives no selector for the body or the whole document', () => {
    const doc = page('<p>Text</p>');
    expect(robustSelectors(doc.body)).toEqual([]);
    expect(robustSelectors(doc.documentElement)).toEqual([]);
  });
});

describe('the region a rule finds', () => {
  it('is the element its selectors find', () => {
    const doc = page(newsPage());
    expect(regionByRule(doc, robustSelectors(marked(doc)))).toBe(marked(doc));
  });

  it('is missing when the page changed, when only the whole page matches, or when it is our own element', () => {
    const selectors = robustSelectors(marked(page(newsPage())));
    expect(regionByRule(page('<section><p>All new.</p></section>'), selectors)).toBe('missing');
    const single = page('<div class="wrap"><div class="inner"><p>Only block.</p></div></div>');
    expect(regionByRule(single, ['body'])).toBe('missing');
    expect(regionByRule(single, ['div.wrap'])).toBe('missing');
    const ours = page('<article><p>Story</p></article><lectern-reader></lectern-reader>');
    expect(regionByRule(ours, ['lectern-reader'])).toBe('missing');
    expect(regionByRule(ours, ['lectern-reader', 'article'])).toBe('missing');
  });
});
