/**
 * Trims what Readability keeps around and inside the article but a reader does not want: the headline,
 * byline and date lines repeated above the lede, teaser links between paragraphs ("DON'T MISS: …"), photo
 * credits, and the boilerplate after the last paragraph (follow us, newsletter sign-ups, related links,
 * tag lists, copyright lines). Ledes, standfirsts and sub-headings stay: only short blocks are ever trimmed
 * at the edges, and the scan stops at the first block that reads like the article.
 */

import { closestTag, containsTag, elementsOf } from './dom';
import { BLOCK_TAGS, INLINE, MEDIA } from './tags';
import { squash, words } from './text';

/** Agencies and picture libraries named in photo credits. */
const AGENCIES =
  /\b(?:getty(?: images)?|shutterstock|istock(?:photo)?|alamy|ap photo|afp|reuters|epa|dpa|ansa|efe)\b/i;

/** "Photo: …", "Image credit …", "© …", "Foto: …", "Crédit : …", "Fonte: …" (EN, DE, FR, ES, IT, PT, NL). */
const CREDIT_START =
  /^[([]?\s*(?:©|\(c\)|copyright|(?:image|photo(?:graph)?|picture|foto(?:grafie|grafia)?|bild|beeld|immagine|imagem|imagen)s?\s*(?:credit|copyright|:|by|von|par|por|di|door)|credits?\b|crédits?\b|crédito|credito|source\s*:|quelle\s*:|fonte\s*:|fuente\s*:|bron\s*:)/i;

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
  for (const a of Array.from(el.getElementsByTagName('a'))) length += squash(a.textContent).length;
  return length;
}

/** Block elements with no block inside: the paragraphs, headings, list items and captions of the article. */
function leafBlocks(root: Element): Element[] {
  const leaves: Element[] = [];
  const visit = (el: Element): boolean => {
    let hasBlock = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (visit(child)) hasBlock = true;
    }
    const isBlock = BLOCK_TAGS.has(el.tagName);
    if (isBlock && !hasBlock && el !== root) leaves.push(el);
    return isBlock || hasBlock;
  };
  visit(root);
  return leaves;
}

/** Removes `el`, then every ancestor below `root` left with no text and no media. */
function removeWithEmptyAncestors(el: Element, root: Element): void {
  let parent = el.parentElement;
  el.remove();
  while (parent && parent !== root && !squash(parent.textContent) && !containsTag(parent, MEDIA)) {
    const next = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

export function isCredit(text: string): boolean {
  const n = words(text);
  if (n === 0 || n > 12) return false;
  return CREDIT_START.test(text) || (n <= 8 && AGENCIES.test(text) && !/[.!?]$/.test(text));
}

const bare = (text: string): number => text.replace(/[^\p{L}\p{N}]+/gu, '').length;

/** A block that is nothing but links to other pages (and their labels). */
function isLinkOnly(el: Element, text: string): boolean {
  if (el.tagName !== 'P' && el.tagName !== 'LI' && !/^H[2-6]$/.test(el.tagName)) return false;
  const links = Array.from(el.getElementsByTagName('a'));
  // A bare address is a cited source, not a teaser.
  if (!links.length || words(text) < 3 || /^(?:https?:\/\/|www\.)/i.test(text)) return false;
  if (!links.some((a) => /^https?:/i.test(a.getAttribute('href') ?? ''))) return false;
  const linked = links.reduce((sum, a) => sum + bare(a.textContent ?? ''), 0);
  return linked >= 0.8 * bare(text);
}

/**
 * Teasers for other stories between the paragraphs: a paragraph that is only a link, or a run of linked
 * headings or list items. A single linked heading is kept: shopping guides and link roundups title their
 * entries so.
 */
function findTeasers(leaves: Element[], texts: Map<Element, string>): Set<Element> {
  const teasers = new Set<Element>();
  const linkOnly = leaves.map((el) => isLinkOnly(el, texts.get(el)!));
  leaves.forEach((el, i) => {
    if (!linkOnly[i]) return;
    if (el.tagName === 'P' || (el.tagName !== 'LI' && (linkOnly[i - 1] || linkOnly[i + 1]))) teasers.add(el);
  });
  // The label above teasers: "DON'T MISS", "Read more", "Lire aussi".
  leaves.forEach((el, i) => {
    const next = leaves[i + 1];
    const text = texts.get(el)!;
    if (
      next &&
      teasers.has(next) &&
      words(text) <= 4 &&
      !/[.!?]$/.test(text) &&
      !el.getElementsByTagName('a').length
    )
      teasers.add(el);
  });
  return teasers;
}

const FIGURE = new Set(['FIGURE', 'FIGCAPTION']);

function inFigure(el: Element): boolean {
  return closestTag(el, FIGURE) !== null;
}

interface TrimContext {
  title: string | null;
  byline: string | null;
}

function isLeadingMeta(el: Element, text: string, context: TrimContext): boolean {
  const n = words(text);
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

function isTrailingBoilerplate(el: Element, text: string): boolean {
  const n = words(text);
  if (n > 30) return false;
  if (n <= 3 && !/[.!?]["”’»)]?$/.test(text)) return true;
  if (isCredit(text)) return true;
  if (n <= 30 && (linkTextLength(el) >= 0.5 * text.length || TAIL_PHRASES.test(text))) return true;
  return n <= 8 && TAIL_WORDS.test(text);
}

/** Trims `content` (Readability's article element, still in the extraction clone) in place. */
export function trimArticle(content: Element, context: TrimContext): void {
  const leaves = leafBlocks(content);
  const texts = new Map(leaves.map((el) => [el, squash(el.textContent)]));
  const hasMedia = (el: Element): boolean => containsTag(el, MEDIA);

  // Credits anywhere, teasers between paragraphs, and blocks repeated word for word (a gallery's captions
  // shown twice, a headline and date printed again below the article).
  const teasers = findTeasers(leaves, texts);
  const kept: Element[] = [];
  // Printed twice is a duplicate; a line recurring through the article (each day of a meal plan) is content.
  const count = new Map<string, number>();
  for (const text of texts.values()) count.set(text, (count.get(text) ?? 0) + 1);
  const seen = new Set<string>();
  for (const el of leaves) {
    const text = texts.get(el)!;
    const repeated =
      words(text) >= 4 && count.get(text) === 2 && seen.has(text) && !/^(?:T[DH]|PRE|LI)$/.test(el.tagName);
    seen.add(text);
    if ((repeated || isCredit(text) || teasers.has(el)) && !hasMedia(el))
      removeWithEmptyAncestors(el, content);
    else kept.push(el);
  }
  // Inline credits inside captions: "<figcaption>The mill in 1931. <span>Photo: Archive</span></figcaption>".
  for (const caption of Array.from(content.getElementsByTagName('figcaption'))) {
    for (const el of elementsOf(caption).filter((inner) => INLINE.has(inner.tagName))) {
      if (caption.contains(el) && isCredit(squash(el.textContent)) && !hasMedia(el)) el.remove();
    }
  }

  const edge = (from: number, step: number, test: (el: Element, text: string) => boolean): void => {
    for (let i = from; i >= 0 && i < kept.length; i += step) {
      const el = kept[i]!;
      if (!content.contains(el) || inFigure(el)) continue;
      const text = texts.get(el)!;
      if (!text) {
        if (hasMedia(el)) return;
        continue;
      }
      if (!test(el, text)) return;
      // A picture beside stray text (a print-only logo and the page address) goes with the text.
      removeWithEmptyAncestors(el, content);
    }
  };
  edge(0, 1, (el, text) => isLeadingMeta(el, text, context));
  // Bylines and datelines printed just below a standfirst.
  for (const el of kept.slice(0, 6)) {
    const text = texts.get(el)!;
    if (
      words(text) <= 14 &&
      BYLINE_START.test(text) &&
      DATE_LIKE.test(text) &&
      content.contains(el) &&
      !hasMedia(el)
    )
      removeWithEmptyAncestors(el, content);
  }
  edge(kept.length - 1, -1, isTrailingBoilerplate);
}
