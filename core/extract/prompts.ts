/**
 * Lines a page prints inside an article to sell something else: prompts to subscribe ("This article is
 * reserved for subscribers") and teasers for other stories ending in a "More" link. In English, German,
 * French, Spanish, Italian, Portuguese and Dutch, the languages of the clutter vocabulary.
 */
import { byTag } from './dom';
import { wordsUpTo } from './text';

const SUBSCRIBER_PROMPT = new RegExp(
  [
    'for subscribers',
    'subscribers only',
    'subscriber-only',
    'subscribe to (?:read|continue|unlock)',
    'already a subscriber',
    'für abonnenten',
    'abonnenten vorbehalten',
    'bereits abonnent',
    'réservée? aux abonnés',
    'déjà abonné',
    'para suscriptores',
    'ya eres suscriptor',
    'riservato agli abbonati',
    'per gli abbonati',
    'già abbonato',
    'para assinantes',
    'já é assinante',
    'voor abonnees',
    'al abonnee',
  ].join('|'),
  'i',
);

/** A short line telling the reader the article is for subscribers, or asking them to become one. */
export function isSubscriberPrompt(text: string): boolean {
  return wordsUpTo(text, 40) <= 40 && SUBSCRIBER_PROMPT.test(text);
}

/** "More", "Read more", "Weiterlesen", "Lire la suite", "Leer más", "Leggi tutto", "Leia mais", "Lees meer". */
const MORE_LABEL =
  /^(?:(?:read|lees|leia|leer|leggi|lire)\s+)?(?:more|mehr|weiterlesen|plus|la suite|en savoir plus|más|seguir leyendo|di più|tutto|continua|mais|continue lendo|meer|verder lezen)\s*[»›>…→.]*$/i;

/** A short paragraph or list item whose last word is a "More" link to another page: a teaser. */
export function endsInMoreLink(el: Element, text: string): boolean {
  if ((el.tagName !== 'P' && el.tagName !== 'LI') || wordsUpTo(text, 40) > 40) return false;
  const links = byTag(el, 'a');
  const last = links[links.length - 1];
  if (!last || !/^https?:/i.test(last.getAttribute('href') ?? '')) return false;
  const label = (last.textContent ?? '').trim();
  return MORE_LABEL.test(label) && text.endsWith(label);
}
