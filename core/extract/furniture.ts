/**
 * Finds the page's furniture, which the extraction copy then leaves out before Readability scores it:
 * navigation, side columns, page headers and footers, and blocks whose names or roles say they are related
 * links, newsletters, sharing, comments or advertising. Readability then has far less to score, and what it
 * keeps cannot drag a "More stories" list or a menu into the article. A block that holds most of the page's
 * prose is never left out, whatever it is called: a misnamed wrapper must not take the article with it.
 */

import { namedLikeClutter } from '../clutter-names';
import { captionedPicture, isCaption } from './captions';
import { isFigureCredit } from './credits';
import { narrowToProse, proseLengths, type Narrowed } from './narrow';
import { isStructuredData } from './structured-data';

/**
 * Elements the sanitizer never lets into the reader (controls, embedded frames and plug-ins, inline SVG
 * icons): copying them would only give Readability more to score. `<noscript>` stays, for lazy images.
 */
const NEVER_SHOWN = new Set([
  'svg',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'APPLET',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'DATALIST',
  'OUTPUT',
]);

/** Whole families of elements that are never article text. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'SCRIPT', 'STYLE', 'TEMPLATE']);

const FURNITURE_ROLES = new Set([
  'navigation',
  'complementary',
  'banner',
  'contentinfo',
  'search',
  'menubar',
  'dialog',
  'alertdialog',
  'marquee',
]);

/**
 * The hiding classes of the common CSS frameworks (Bootstrap's `d-none`, Tailwind's `hidden`, `is-hidden`)
 * and the text kept for screen readers only (`sr-only`, `visually-hidden`): neither is on the screen.
 */
const HIDDEN_CLASS =
  /(?:^|\s)(?:d-none|hidden|is-hidden|u-hidden|sr-only|screen-reader-text|visually-hidden|visuallyhidden|off-screen|offscreen)(?=\s|$)/i;
/** …unless a responsive or print class shows it again (`d-none d-md-block`, `hidden lg:flex`). */
const SHOWN_CLASS = /(?:^|\s)(?:d-(?:sm|md|lg|xl|xxl)-(?!none)\S+|(?:sm|md|lg|xl|2xl):(?!hidden)\S+)/i;

function looksLikeFurniture(el: Element): boolean {
  if (el.tagName === 'SCRIPT') return !isStructuredData(el);
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  const className = el.getAttribute('class');
  if (className && HIDDEN_CLASS.test(className) && !SHOWN_CLASS.test(className)) return true;
  return namedLikeClutter(el);
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Hidden the way Readability tells (`hidden`, `aria-hidden="true"`, an inline `display: none` or
 * `visibility: hidden`): it deletes such subtrees unscored, so they need not be copied at all. Read from the
 * attributes, as parsing every inline style is slow.
 */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  // Except what Readability's `_isProbablyVisible` keeps: an `aria-hidden` element whose class contains
  // `fallback-image`. Wikipedia prints each formula twice, as MathML for screen readers and as an image
  // (`<img class="mwe-math-fallback-image-inline" aria-hidden="true">`) for the eye; left out here, the
  // image would never reach Readability and the formula would be lost.
  if (
    el.getAttribute('aria-hidden') === 'true' &&
    !(el.getAttribute('class') ?? '').includes('fallback-image')
  )
    return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function isHeadClutter(el: Element): boolean {
  if (el.tagName === 'SCRIPT') return !isStructuredData(el);
  return el.tagName === 'STYLE' || el.tagName === 'TEMPLATE' || el.tagName === 'LINK';
}

/** What the copy leaves out, and what the pipeline needs to know about it. */
export interface Furniture extends Narrowed {
  /** Outermost subtrees not to copy: the furniture, captions, and the blocks beside the article. */
  leave: Set<Element>;
  /** The left-out captions, keyed by the live picture each belongs to (see `showCaptions`). */
  captions: Map<Element, Element>;
  /** The most prose one block holds in its own paragraphs, on the whole page (see `Prose`). */
  densestProse: number;
  /** The block holding it: the article's body on most pages. */
  densestBlock: Element | null;
}

/**
 * The furniture in `doc`'s body, picture captions, and the blocks beside the article (see `narrowToProse`).
 * Only reads the document, so it runs on the live page: the clone is then made without these subtrees (see
 * `cloneWithMap`), which is cheaper than copying and deleting them.
 */
export function findFurniture(doc: Document): Furniture {
  const leave = new Set<Element>();
  const captions = new Map<Element, Element>();
  const body = doc.body;
  if (!body) return { leave, captions, root: null, above: [], densestProse: 0, densestBlock: null };
  // Scripts, styles and linked resources in the head are never read; the title and meta tags are.
  for (let child = doc.head?.firstElementChild; child; child = child.nextElementSibling) {
    if (isHeadClutter(child)) leave.add(child);
  }
  const { lengths: prose, densest, densestBlock } = proseLengths(body);
  const proseLength = (el: Element): number => prose.get(el) ?? 0;
  // Furniture holding half the page's prose is the article in a misnamed wrapper.
  const maxProse = Math.max(proseLength(body) / 2, 500);
  const pending: Element[] = [body];
  for (let el = pending.pop(); el; el = pending.pop()) {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      // Most elements carry no attribute at all: their tag alone decides (attribute reads are not free).
      const named = child.hasAttributes();
      if (
        NEVER_SHOWN.has(child.tagName) ||
        (named && isHidden(child)) ||
        ((named ? looksLikeFurniture(child) : FURNITURE_TAGS.has(child.tagName)) &&
          (child.tagName === 'SCRIPT' || proseLength(child) < maxProse))
      ) {
        leave.add(child);
      } else if (child.tagName === 'CITE' && isFigureCredit(child)) {
        leave.add(child);
      } else if ((named || child.tagName === 'FIGCAPTION') && isCaption(child)) {
        leave.add(child);
        const picture = captionedPicture(child);
        if (picture) captions.set(picture, child);
      } else {
        pending.push(child);
      }
    }
  }
  return {
    leave,
    captions,
    densestProse: densest,
    densestBlock,
    ...narrowToProse(body, leave, proseLength),
  };
}
