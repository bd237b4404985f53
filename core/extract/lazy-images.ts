/**
 * Lazy-loading pages keep the real image address in data attributes and put a placeholder (or nothing) in
 * `src`. Promote the real address before Readability judges the image, so figures survive with a picture.
 */
import { byTag } from './dom';

const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];

function isPlaceholder(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  // Tiny inline GIFs/PNGs and "blank" images are placeholders; a real data: image is long.
  return (
    (/^data:image\//i.test(src) && src.length < 200) ||
    /(?:^|\/)(?:blank|spacer|pixel|placeholder)\.(?:gif|png)/i.test(src)
  );
}

function firstAttr(el: Element, names: string[]): string | null {
  for (const name of names) {
    const value = el.getAttribute(name);
    if (value && value.trim()) return value.trim();
  }
  return null;
}

export function resolveLazyImages(root: Document | Element): void {
  for (const img of byTag(root, 'img')) {
    const lazySrc = firstAttr(img, SRC_ATTRS);
    if (lazySrc && isPlaceholder(img.getAttribute('src'))) img.setAttribute('src', lazySrc);
    const lazySrcset = firstAttr(img, SRCSET_ATTRS);
    if (lazySrcset && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySrcset);
  }
  for (const source of byTag(root, 'source')) {
    if (source.parentElement?.tagName !== 'PICTURE') continue;
    const lazySrcset = firstAttr(source, SRCSET_ATTRS);
    if (lazySrcset && !source.getAttribute('srcset')) source.setAttribute('srcset', lazySrcset);
  }
  unwrapNoscriptFallbacks(root);
}

/**
 * `<img class="lazy"><noscript><img src="real.jpg"></noscript>`: when the visible image has no usable
 * address, the noscript fallback replaces it. The noscript's markup is parsed in the inert clone, never on
 * the page (a parsed-but-detached template does not fetch or run anything).
 */
function unwrapNoscriptFallbacks(root: Document | Element): void {
  const doc = root.ownerDocument ?? (root as Document);
  for (const noscript of byTag(root, 'noscript')) {
    // With scripting on (a live page) noscript holds raw text; with scripting off (jsdom) it holds elements.
    const markup = noscript.children.length ? noscript.innerHTML : (noscript.textContent ?? '');
    // Most noscripts are tracking pixels' iframes or "enable JavaScript" text: skip the parse for those.
    if (!/<img\b/i.test(markup)) continue;
    const template = doc.createElement('template');
    template.innerHTML = markup;
    // A noscript nested in the fallback may hold its markup as text (jsdom parses it so): parse it too.
    for (
      let inner = template.content.querySelector('noscript');
      inner;
      inner = template.content.querySelector('noscript')
    ) {
      const nested = doc.createElement('template');
      nested.innerHTML = inner.children.length ? inner.innerHTML : (inner.textContent ?? '');
      inner.replaceWith(nested.content);
    }
    const images = template.content.querySelectorAll('img');
    if (images.length !== 1 || (template.content.textContent ?? '').trim()) continue;
    const fallback = images[0]!;
    if (isPlaceholder(fallback.getAttribute('src'))) continue;
    const prev = noscript.previousElementSibling;
    const prevImg = prev?.tagName === 'IMG' ? prev : null;
    if (prevImg && !isPlaceholder(prevImg.getAttribute('src'))) {
      noscript.remove();
      continue;
    }
    prevImg?.remove();
    noscript.replaceWith(doc.importNode(fallback, true));
  }
}
