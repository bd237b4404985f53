/** Photo credits, wherever a page prints them: as a block of their own or inside a caption. */
import { INLINE } from './tags';
import { squash, wordsUpTo } from './text';

/** Agencies and picture libraries named in photo credits. */
const AGENCIES =
  /\b(?:getty(?: images)?|shutterstock|istock(?:photo)?|alamy|ap photo|afp|reuters|epa|dpa|ansa|efe)\b/i;

/** "Photo: …", "Image credit …", "© …", "Foto: …", "Crédit : …", "Fonte: …" (EN, DE, FR, ES, IT, PT, NL). */
const CREDIT_START =
  /^[([]?\s*(?:©|\(c\)|copyright|(?:image|photo(?:graph)?|picture|foto(?:grafie|grafia)?|bild|beeld|immagine|imagem|imagen)s?\s*(?:credit|copyright|:|by|von|par|por|di|door)|credits?\b|crédits?\b|crédito|credito|source\s*:|quelle\s*:|fonte\s*:|fuente\s*:|bron\s*:)/i;

export function isCredit(text: string): boolean {
  const n = wordsUpTo(text, 12);
  if (n === 0 || n > 12) return false;
  return CREDIT_START.test(text) || (n <= 8 && AGENCIES.test(text) && !/[.!?]$/.test(text));
}

/** A credit inside a caption: "<figcaption>The mill in 1931. <span>Photo: Archive</span></figcaption>". */
export function isInlineCredit(el: Element): boolean {
  return INLINE.has(el.tagName) && isCredit(squash(el.textContent));
}

/**
 * A picture's source printed beside its caption rather than in it: `<figure><img><figcaption>…</figcaption>
 * <cite><a>Agency</a></cite></figure>`. A `<cite>` in a figure names where the picture came from; a quotation's
 * source (`<blockquote>…<cite>`) is not in a figure and stays.
 */
export function isFigureCredit(el: Element): boolean {
  const figure = el.closest('figure');
  // A pull quote's figure (`<figure><blockquote>…</blockquote><cite>Name</cite>`) keeps its speaker.
  if (!figure || el.closest('figcaption, blockquote') || !figure.querySelector('img, picture, video'))
    return false;
  const n = wordsUpTo(el.textContent ?? '', 12);
  return n > 0 && n <= 12 && !el.querySelector('img, picture, video, svg, table');
}
