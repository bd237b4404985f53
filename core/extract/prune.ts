/**
 * Removes the page's furniture from the extraction clone before Readability scores it: navigation, side
 * columns, page headers and footers, and blocks whose names or roles say they are related links,
 * newsletters, sharing, comments or advertising. Readability then has far less to score, and what it keeps
 * cannot drag a "More stories" list or a menu into the article. A block that holds most of the page's prose
 * is never removed, whatever it is called: a misnamed wrapper must not take the article with it.
 */

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
 * Name fragments (class or id) of blocks that are not the article, matched at the start of a word of the
 * name (`related-posts`, `c-newsletter__box`, `articleShare` does not match but `article-share` does).
 * English first, then German, French, Spanish, Italian, Portuguese and Dutch.
 */
const CLUTTER_WORDS = [
  // related and recommended reading
  'related',
  'recommend',
  'more-stories',
  'more-from',
  'most-popular',
  'most-read',
  'trending',
  'you-may-like',
  'read-next',
  'outbrain',
  'taboola',
  'verwandt',
  'empfehlung',
  'weitere-artikel',
  'meistgelesen',
  'connexe',
  'a-lire',
  'lire-aussi',
  'voir-aussi',
  'relacionad',
  'tambien',
  'correlat',
  'leggi-anche',
  'leia-tambem',
  'veja-tambem',
  'gerelateerd',
  'lees-ook',
  // newsletters and subscriptions
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'sign-up',
  'abonn',
  'suscri',
  'iscriviti',
  'assine',
  'inschrijv',
  // sharing and social
  'sharing',
  'teilen',
  'partage',
  'compartir',
  'condividi',
  'compartilh',
  'partilh',
  'delen',
  // comments
  'comment',
  'disqus',
  'kommentar',
  'commentaire',
  'comentario',
  'commenti',
  'reacties',
  // navigation and page furniture
  'breadcrumb',
  'sidebar',
  'side-bar',
  'menu',
  'masthead',
  'site-header',
  'site-footer',
  'tag-list',
  'taglist',
  'author-bio',
  'about-author',
  'author-box',
  'cookie',
  'consent',
  // advertising
  'advert',
  'sponsor',
  'anzeige',
  'werbung',
  'publicite',
  'publicidad',
  'pubblicita',
  'publicidade',
  'advertentie',
];

/** Short words that must also end a word of the name: "share-bar" and "shares", not "shareholders". */
const WHOLE_WORDS = ['share', 'social', 'menu', 'popular', 'tags', 'promo', 'modal', 'popup'];

const CLUTTER_PATTERN = new RegExp(
  `(?:^|[\\s_-])(?:(?:${CLUTTER_WORDS.join('|')})|(?:${WHOLE_WORDS.join('|')})s?(?=$|[\\s_-]))`,
  'i',
);

/** Paragraph text in `root`: prose, as opposed to link lists and labels. */
function proseLength(root: Element): number {
  let length = 0;
  const paragraphs = root.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length; i++) length += paragraphs[i]!.textContent!.length;
  return length;
}

function namesOf(el: Element): string {
  const className = el.getAttribute('class');
  const id = el.getAttribute('id');
  return className ? (id ? `${id} ${className}` : className) : (id ?? '');
}

function looksLikeFurniture(el: Element): boolean {
  // Structured data (JSON-LD) is read for the article's metadata: keep it.
  if (el.tagName === 'SCRIPT') return !/json/i.test(el.getAttribute('type') ?? '');
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  const names = namesOf(el);
  return names !== '' && CLUTTER_PATTERN.test(names);
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Hidden the way Readability tells (`hidden`, `aria-hidden="true"`, an inline `display: none` or
 * `visibility: hidden`): it deletes such subtrees unscored, so they need not be copied at all. Read from the
 * attributes, as parsing every inline style is slow.
 */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (
    el.getAttribute('aria-hidden') === 'true' &&
    !(el.getAttribute('class') ?? '').includes('fallback-image')
  )
    return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function isHeadClutter(el: Element): boolean {
  if (el.tagName === 'SCRIPT') return !/json/i.test(el.getAttribute('type') ?? '');
  return el.tagName === 'STYLE' || el.tagName === 'TEMPLATE' || el.tagName === 'LINK';
}

/**
 * The furniture in `doc`'s body, outermost elements only. Only reads the document, so it runs on the live
 * page: the clone is then made without these subtrees (see `cloneWithMap`), which is cheaper than copying
 * and deleting them.
 */
export function findFurniture(doc: Document): Set<Element> {
  const found = new Set<Element>();
  const body = doc.body;
  if (!body) return found;
  // Scripts, styles and linked resources in the head are never read; the title and meta tags are.
  for (let child = doc.head?.firstElementChild; child; child = child.nextElementSibling) {
    if (isHeadClutter(child)) found.add(child);
  }
  // Furniture holding half the page's prose is the article in a misnamed wrapper.
  const maxProse = Math.max(proseLength(body) / 2, 500);
  const pending: Element[] = [body];
  for (let el = pending.pop(); el; el = pending.pop()) {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (
        isHidden(child) ||
        (looksLikeFurniture(child) && (child.tagName === 'SCRIPT' || proseLength(child) < maxProse))
      ) {
        found.add(child);
      } else {
        pending.push(child);
      }
    }
  }
  return found;
}
