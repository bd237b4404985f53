/**
 * The lines a page prints at an article's edges, which trimming drops when they are short: the headline,
 * byline, date and page address above the lede, and the boilerplate after the last paragraph (follow us,
 * newsletter sign-ups, related links, tag lists, copyright lines).
 */
import { byTag } from './dom';
import { isCredit } from './credits';
import { squash, wordsUpTo } from './text';

/** Byline and dateline starts: "By …", "Von …", "Par …", "Por …", "Di …", "Door …", "Published …". */
const BYLINE_START =
  /^(?:by|von|par|por|di|door|posted|published|updated|first published|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?=[\s:,.]|$)/iu;

const DATE_LIKE =
  /\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:ago|vor|il y a|hace|fa|atrás|geleden)\b/i;

/**
 * Boilerplate that closes an article page, in EN, DE, FR, ES, IT, PT, NL. Phrases mark a block of up to 30
 * words; single words only a short one ("Comments", but not "Comments from residents can be sent to …").
 */
const phrasePattern = (phrases: string[]): RegExp =>
  new RegExp(phrases.map((phrase) => `(?:^|[^\\p{L}])${phrase}`).join('|'), 'iu');

const TAIL_PHRASES = phrasePattern([
  'follow (?:us|me|him|her|them)',
  'subscribe to',
  'sign up',
  'in your inbox',
  'share (?:this|it)',
  'all rights reserved',
  'click here',
  'read more',
  'more from',
  'you may also like',
  'reporting by',
  'contributed (?:to )?(?:this )?report',
  'may be reached at',
  'filed under',
  'folgen sie',
  'alle rechte vorbehalten',
  'mehr zum thema',
  'lesen sie auch',
  'suivez-nous',
  'abonnez-vous',
  'tous droits réservés',
  'lire aussi',
  'à lire aussi',
  'síguenos',
  'suscríbete',
  'todos los derechos reservados',
  'lee también',
  'leer más',
  'seguici',
  'iscriviti',
  'riproduzione riservata',
  'tutti i diritti riservati',
  'leggi anche',
  'siga-nos',
  'inscreva-se',
  'todos os direitos reservados',
  'leia também',
  'leia mais',
  'volg ons',
  'alle rechten voorbehouden',
  'lees ook',
  'lees meer',
]);

const TAIL_WORDS = phrasePattern([
  'subscribe',
  'newsletter',
  'comments?',
  'copyright',
  '©',
  'tags?',
  'abonnieren',
  'kommentare',
  'commentaires',
  'comentarios',
  'commenti',
  'comentários',
  'reacties',
  'assine',
  'abonneer',
]);

function linkTextLength(el: Element): number {
  let length = 0;
  for (const a of byTag(el, 'a')) length += squash(a.textContent).length;
  return length;
}

/** The article's own title and byline, which a page often prints again above the lede. */
export interface TrimContext {
  title: string | null;
  byline: string | null;
}

/** A short line above the lede: the title or byline again, the page address, a credit, a date. */
export function isLeadingMeta(el: Element, text: string, context: TrimContext): boolean {
  const n = wordsUpTo(text, 20);
  if (n > 20) return false;
  const lower = text.toLowerCase();
  if (context.title && lower === context.title.toLowerCase()) return true;
  if (context.byline && lower === context.byline.toLowerCase()) return true;
  if (/^https?:\/\/\S+$/.test(text)) return true;
  if (isCredit(text)) return true;
  if (/^H[2-6]$/.test(el.tagName)) return false;
  if (n <= 3) return true;
  return n <= 14 && (BYLINE_START.test(text) || DATE_LIKE.test(text));
}

/** A short line after the last paragraph: a label, a credit, links, or a closing page's boilerplate. */
export function isTrailingBoilerplate(el: Element, text: string): boolean {
  const n = wordsUpTo(text, 30);
  if (n > 30) return false;
  if (n <= 3 && !/[.!?]["”’»)]?$/.test(text)) return true;
  if (isCredit(text)) return true;
  if (n <= 30 && (linkTextLength(el) >= 0.5 * text.length || TAIL_PHRASES.test(text))) return true;
  return n <= 8 && TAIL_WORDS.test(text);
}

/** A byline with a date ("By Ana Silva, 19 Nov 2019"), which may stand just below a standfirst. */
export function isDatedByline(text: string): boolean {
  return wordsUpTo(text, 14) <= 14 && BYLINE_START.test(text) && DATE_LIKE.test(text);
}
