import { describe, expect, it } from 'vitest';
import { resolveLazyImages } from '../../../core/extract/lazy-images';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** A parsed page body the way the pipeline's clone holds it (jsdom parses with scripting off). */
function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

function sources(root: Element): (string | null)[] {
  return Array.from(root.querySelectorAll('img'), (img) => img.getAttribute('src'));
}

describe('resolveLazyImages', () => {
  it('swaps a placeholder GIF for the real image in data-src', () => {
    const root = body(`<img src="${GIF}" data-src="/photos/hull.jpg">`);
    resolveLazyImages(root);
    expect(sources(root)).toEqual(['/photos/hull.jpg']);
  });

  it.each(['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src'])(
    'gives an image with no src the address in %s',
    (attribute) => {
      const root = body(`<img ${attribute}="/photos/mast.jpg">`);
      resolveLazyImages(root);
      expect(sources(root)).toEqual(['/photos/mast.jpg']);
    },
  );

  it.each(['/img/blank.gif', '/assets/spacer.png', '/pixel.gif', '/static/placeholder.png'])(
    'treats %s as a placeholder',
    (placeholder) => {
      const root = body(`<img src="${placeholder}" data-src="/photos/real.jpg">`);
      resolveLazyImages(root);
      expect(sources(root)).toEqual(['/photos/real.jpg']);
    },
  );

  it('leaves an image that already has a real address alone', () => {
    const root = body('<img src="/photos/loaded.jpg" data-src="/photos/other.jpg">');
    resolveLazyImages(root);
    expect(sources(root)).toEqual(['/photos/loaded.jpg']);
  });

  it('copies data-srcset when the image has no srcset, and never overwrites a real one', () => {
    const root = body(
      '<img id="lazy" data-src="/a.jpg" data-srcset="/a-640.jpg 640w, /a-1280.jpg 1280w">' +
        '<img id="eager" src="/b.jpg" srcset="/b-1x.jpg 1x, /b-2x.jpg 2x" data-srcset="/b-old.jpg 1x">',
    );
    resolveLazyImages(root);
    expect(root.querySelector('#lazy')?.getAttribute('srcset')).toBe('/a-640.jpg 640w, /a-1280.jpg 1280w');
    expect(root.querySelector('#eager')?.getAttribute('srcset')).toBe('/b-1x.jpg 1x, /b-2x.jpg 2x');
  });

  it('fills in lazy <picture> sources', () => {
    const root = body(
      '<picture><source type="image/webp" data-srcset="/launch.webp"><img data-src="/launch.jpg"></picture>',
    );
    resolveLazyImages(root);
    expect(root.querySelector('source')?.getAttribute('srcset')).toBe('/launch.webp');
    expect(sources(root)).toEqual(['/launch.jpg']);
  });

  describe('noscript fallbacks', () => {
    it('replaces a placeholder image with the image in the following noscript', () => {
      const root = body(
        `<p>a</p><img src="${GIF}"><noscript><img src="/photos/sleeper.jpg" alt="Sleeper"></noscript><p>b</p>`,
      );
      resolveLazyImages(root);
      expect(sources(root)).toEqual(['/photos/sleeper.jpg']);
      expect(root.querySelector('noscript')).toBeNull();
      expect(root.querySelector('img')?.getAttribute('alt')).toBe('Sleeper');
    });

    it('drops the noscript copy when the visible image is already real', () => {
      const root = body(
        '<img src="/photos/dining.jpg"><noscript><img src="/photos/dining-copy.jpg"></noscript>',
      );
      resolveLazyImages(root);
      expect(sources(root)).toEqual(['/photos/dining.jpg']);
    });

    it('reads the fallback when noscript holds raw text, as it does on a page with scripting on', () => {
      const root = body(`<img src="${GIF}"><noscript></noscript>`);
      root.querySelector('noscript')!.textContent = '<img src="/photos/raw.jpg" alt="Raw">';
      resolveLazyImages(root);
      expect(sources(root)).toEqual(['/photos/raw.jpg']);
    });

    it('leaves a noscript that holds more than an image (a message, a comment widget)', () => {
      const root = body('<noscript><p>Comments need JavaScript. <img src="/icon.png"></p></noscript>');
      resolveLazyImages(root);
      expect(root.querySelector('noscript img')?.getAttribute('src')).toBe('/icon.png');
    });

    it('finds the image in a noscript nested inside another noscript', () => {
      const root = body(
        '<p>a</p><noscript><noscript><img src="/photos/viaduct.jpg" alt="Viaduct"></noscript></noscript><p>b</p>',
      );
      resolveLazyImages(root);
      // The picture must end up outside any noscript: the sanitizer drops noscript with everything in it.
      const image = Array.from(root.querySelectorAll('img')).find((img) => !img.closest('noscript'));
      expect(image?.getAttribute('src')).toBe('/photos/viaduct.jpg');
    });
  });
});
