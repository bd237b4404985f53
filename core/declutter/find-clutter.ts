import { namedLikePageClutter } from '../clutter-names';
import { barTest, pathTo } from './beside-region';

/**
 * Finds the page's floating and side clutter around the article: the bars and columns beside the article's
 * region (by structure, see `barTest`), fixed or sticky layers (tickers, video players, pop-ups),
 * complementary regions, and blocks whose names say what they are (related, newsletter, cookie, share...).
 * Never an ancestor of the article region, never anything inside it.
 */
const CLUTTER_ROLES = new Set(['complementary', 'marquee', 'dialog', 'alertdialog']);
const CLUTTER_TAGS = new Set(['ASIDE']);

export interface FindClutterOptions {
  /** Element names to leave alone (the reader's own hosts). */
  skip?: (el: Element) => boolean;
  /** At most this many elements are examined, so a huge page stays cheap (default 20,000). */
  budget?: number;
}

function floats(el: Element, view: Window): boolean {
  const position = view.getComputedStyle(el).position;
  return position === 'fixed' || position === 'sticky';
}

export function isClutter(el: Element, view: Window): boolean {
  if (CLUTTER_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && CLUTTER_ROLES.has(role)) return true;
  return namedLikePageClutter(el) || floats(el, view);
}

/** How many elements one step of the walk examines before the caller may pause. */
const STEP = 500;

/**
 * Walks the page from <body> without recursion, collecting clutter into `found`; yields every few hundred
 * elements so that a caller can spread the walk over several tasks.
 */
export function* walkClutter(
  doc: Document,
  region: Element | null,
  found: Element[],
  options: FindClutterOptions = {},
): Generator<void, Element[], void> {
  const view = doc.defaultView;
  const body = doc.body;
  if (!view || !body) return found;
  let budget = options.budget ?? 20_000;
  const path = pathTo(region);
  const isBar = region ? barTest(region) : () => false;
  const pending: Element[] = [body];
  for (let parent = pending.pop(); parent && budget > 0; parent = pending.pop()) {
    const besidePath = path.has(parent);
    for (let child = parent.firstElementChild; child && budget > 0; child = child.nextElementSibling) {
      budget--;
      if (budget % STEP === 0) yield;
      if (options.skip?.(child) || child === region) continue;
      // An ancestor of the article is kept, and looked inside for the clutter beside the article.
      if (path.has(child)) pending.push(child);
      // A bar beside the article is hidden whole: nothing inside it needs its style read.
      else if ((besidePath && isBar(child)) || isClutter(child, view)) found.push(child);
      else pending.push(child);
    }
  }
  return found;
}
