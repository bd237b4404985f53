import createDOMPurify, { type DOMPurify } from 'dompurify';
import { RECIPE_MARKER } from './recipe/recipe-card';

/**
 * Allowlist sanitizing of page-derived HTML. Output is a DocumentFragment: page HTML never goes through a
 * string assigned to a live element's innerHTML.
 */
const FORBID_TAGS = [
  'style',
  'link',
  'meta',
  'base',
  'title',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'dialog',
  'marquee',
  'portal',
  'slot',
];
const FORBID_ATTR = [
  'style',
  'name',
  'srcdoc',
  'action',
  'formaction',
  'ping',
  'autofocus',
  'autoplay',
  'tabindex',
  'contenteditable',
  'is',
  'slot',
  'part',
  'popover',
  'background',
  'poster',
];
/** http(s), mailto and tel only; data: is admitted for images alone in the hook below. */
const SAFE_URL = /^(?:https?:|mailto:|tel:|#)/i;
const URL_ATTRS = ['href', 'src', 'cite', 'xlink:href', 'action'];

/** A code block's language (`language-js`, or `lang-js` as some highlighters write it). */
const LANGUAGE_CLASS = /^(?:language|lang)-([\w+#.-]{1,40})$/i;

/**
 * Classes go, so that nothing from the page can match the reader's own styles; a code block's language class
 * stays, spelled `language-…`, for syntax-aware styling and for copying code with its language.
 */
function languageClassOf(node: Element, value: string): string | null {
  if (node.nodeName !== 'CODE' && node.nodeName !== 'PRE') return null;
  for (const name of value.split(/\s+/)) {
    const language = LANGUAGE_CLASS.exec(name)?.[1];
    if (language) return `language-${language.toLowerCase()}`;
  }
  return null;
}

const instances = new WeakMap<object, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (purify) return purify;
  purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === RECIPE_MARKER) {
      // The recipe card's own marker (see recipe-card.ts), on the card and its facts only.
      data.forceKeepAttr =
        (node.nodeName === 'SECTION' && data.attrValue === 'card') ||
        (node.nodeName === 'DL' && data.attrValue === 'facts');
      data.keepAttr = data.forceKeepAttr;
      return;
    }
    if (data.attrName !== 'class') return;
    const language = languageClassOf(node, data.attrValue);
    if (language) data.attrValue = language;
    else data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    for (const name of URL_ATTRS) {
      const value = node.getAttribute?.(name);
      if (value == null) continue;
      const trimmed = value.trim();
      const isImageData =
        node.nodeName === 'IMG' &&
        name === 'src' &&
        /^data:image\/(?:png|gif|jpe?g|webp|avif)[;,]/i.test(trimmed);
      if (!isImageData && !SAFE_URL.test(trimmed)) node.removeAttribute(name);
    }
    const srcset = node.getAttribute?.('srcset');
    if (srcset != null && /(?:^|,)\s*(?!https?:)[a-z][a-z0-9+.-]*:/i.test(srcset))
      node.removeAttribute('srcset');
  });
  instances.set(win, purify);
  return purify;
}

const CONFIG = {
  // MathML, which browsers draw themselves: formulas (see maths.ts). SVG stays out.
  USE_PROFILES: { html: true, mathMl: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

/** Sanitizes `node` (any document) into a fragment owned by `win`'s document. */
export function sanitizeToFragment(node: Node, win: Window): DocumentFragment {
  return purifierFor(win).sanitize(node, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}

/** Roots an article copy comes in: Readability's own block, or the region the user picked. */
const IN_PLACE_ROOTS = new Set(['DIV', 'ARTICLE', 'SECTION', 'MAIN']);

/**
 * Sanitizes `el`, an element of an inert copy of the page (a document with no window: nothing in it loads
 * or runs), in place, and returns a fragment holding it, the same as `sanitizeToFragment` gives. The
 * sanitizer then walks the article once instead of first copying it whole. Anything else (an element of a
 * live document, a root the sanitizer would drop) goes through the copying path.
 */
export function sanitizeCopyToFragment(el: Element, win: Window): DocumentFragment {
  const doc = el.ownerDocument;
  if (doc.defaultView || !IN_PLACE_ROOTS.has(el.nodeName)) return sanitizeToFragment(el, win);
  el.remove();
  purifierFor(win).sanitize(el, { ...CONFIG, IN_PLACE: true });
  const fragment = doc.createDocumentFragment();
  fragment.append(el);
  return fragment;
}
