/** Photo credits, wherever a page prints them: as a block of their own or inside a caption. */
import { INLINE } from './tags';
import { squash, words } from './text';

/** Agencies and picture libraries named in photo credits. */
const AGENCIES =
  /\b(?:getty(?: images)?|shutterstock|istock(?:photo)?|alamy|ap photo|afp|reuters|epa|dpa|ansa|efe)\b/i;

/** "Photo: …", "Image credit …", "© …", "Foto: …", "Crédit : …", "Fonte: …" (EN, DE, FR, ES, IT, PT, NL). */
const CREDIT_START =
  /^[([]?\s*(?:©|\(c\)|copyright|(?:image|photo(?:graph)?|picture|foto(?:grafie|grafia)?|bild|beeld|immagine|imagem|imagen)s?\s*(?:credit|copyright|:|by|von|par|por|di|door)|credits?\b|crédits?\b|crédito|credito|source\s*:|quelle\s*:|fonte\s*:|fuente\s*:|bron\s*:)/i;

export function isCredit(text: string): boolean {
  const n = words(text);
  if (n === 0 || n > 12) return false;
  return CREDIT_START.test(text) || (n <= 8 && AGENCIES.test(text) && !/[.!?]$/.test(text));
}

/** A credit inside a caption: "<figcaption>The mill in 1931. <span>Photo: Archive</span></figcaption>". */
export function isInlineCredit(el: Element): boolean {
  return INLINE.has(el.tagName) && isCredit(squash(el.textContent));
}
