/**
 * The one vocabulary of names (class or id) that say a block is not the article: extraction leaves such
 * blocks out of its copy of the page, and the reader hides them on the live page around the article. One
 * matching rule for both: a fragment matches at the start of a word of the name (`related-posts`,
 * `c-newsletter__box`; `articleShare` does not match, `article-share` does), and the short words below
 * must also end one ("share-bar" and "shares", not "shareholders").
 */

/** English first, then German, French, Spanish, Italian, Portuguese and Dutch. */
const WORD_STARTS = [
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
  'author-card',
  'author-info',
  'about-the-author',
  'cookie',
  'consent',
  'copyright',
  // the author's picture beside a byline or a live-blog entry
  'avatar',
  'author-photo',
  'author-image',
  'author-img',
  'autorenbild',
  'autorfoto',
  'photo-auteur',
  'foto-autor',
  'auteursfoto',
  // photo credits printed apart from the caption
  'photo-credit',
  'image-credit',
  'credit-photo',
  'bildnachweis',
  'fotonachweis',
  'credito-foto',
  'fotocredit',
  // paywalls and the prompts to subscribe
  'paywall',
  'regwall',
  'abbonat',
  'assinant',
  // pop-ups shown on hover: a person's card with links to other stories
  'rollover',
  'tooltip',
  'hovercard',
  'hover-card',
  'popover',
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

/** Short words that must also end a word of the name. */
const WHOLE_WORDS = ['share', 'social', 'menu', 'popular', 'tags', 'promo', 'modal', 'popup', 'bio', 'cta'];

/**
 * Layers that float over the live page (tickers, sticky bars, overlays). Only hidden on the page, never
 * cut from the article's copy: a figure's `image-overlay` or a `sticky-wrapper` may hold the article itself.
 */
const FLOATING_WORD_STARTS = ['ticker', 'breaking', 'overlay', 'sticky', 'gdpr', 'pop-up'];

function namePattern(wordStarts: string[]): RegExp {
  return new RegExp(
    `(?:^|[\\s_-])(?:(?:${wordStarts.join('|')})|(?:${WHOLE_WORDS.join('|')})s?(?=$|[\\s_-]))`,
    'i',
  );
}

const ARTICLE_CLUTTER = namePattern(WORD_STARTS);
const PAGE_CLUTTER = namePattern([...WORD_STARTS, ...FLOATING_WORD_STARTS]);

/** An element's id and class names, as one string to match. */
export function namesOf(el: Element): string {
  const className = el.getAttribute('class');
  const id = el.getAttribute('id');
  return className ? (id ? `${id} ${className}` : className) : (id ?? '');
}

/** Named like a block that is not the article: left out of the extraction copy. */
export function namedLikeClutter(el: Element): boolean {
  const names = namesOf(el);
  return names !== '' && ARTICLE_CLUTTER.test(names);
}

/** Named like clutter or like a floating layer: hidden on the live page while the reader is open. */
export function namedLikePageClutter(el: Element): boolean {
  const names = namesOf(el);
  return names !== '' && PAGE_CLUTTER.test(names);
}
