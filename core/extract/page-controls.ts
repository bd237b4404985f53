/**
 * What a page shows around its text that is never the article (issue 23): forms and dialogs (a "share by
 * e-mail" form once stood in for a recipe), buttons, "added to cart" messages, affiliate disclaimers and a
 * gallery's "show picture" controls. Told by element and by wording, in the seven languages of the clutter
 * vocabulary; no rule names a site.
 */
import { byTag } from './dom';
import { squash, wordsUpTo } from './text';

/** Elements whose content is never the article's text (the sanitizer would drop the tags but keep the words). */
const CONTROL_TAGS = new Set(['FORM', 'DIALOG', 'BUTTON', 'SELECT', 'TEXTAREA', 'LABEL', 'FIELDSET']);
const CONTROL_ROLES = new Set(['dialog', 'alertdialog', 'button', 'status', 'alert']);

/**
 * "This post may contain affiliate links…", "As an Amazon Associate I earn…", "…erhalten wir eine Provision":
 * the site's own words about its links, in the first person, or naming affiliate links.
 */
const AFFILIATE =
  /affiliate[- ]?links?|(?:^|\s)(?:partner|provisions)-?links?|as an? [\p{L} ]{0,20}associate,? (?:i|we) earn|(?:i|we) (?:may )?(?:earn|receive|get|make) (?:a )?(?:small )?(?:commission|fee)|at no (?:extra|additional) cost to you|(?:erhalten|bekommen) (?:wir|ich) (?:ggf\. |eventuell |unter umständen )?(?:eine )?(?:kleine )?provision|liens? (?:d['’]affiliation|affiliés?|sponsorisés?)|enlaces? (?:de )?afiliad|links? (?:di )?affiliazione|link affiliati|links? (?:de )?afiliad/iu;

/** A shop's message or control: "Added to cart", "In den Warenkorb", "Ajouté au panier". */
const CART =
  /^(?:(?:product |item )?added to (?:your )?(?:cart|basket|bag)|add to (?:cart|basket|bag)|view (?:cart|basket)|in den (?:warenkorb|einkaufswagen)|(?:zum|in den) warenkorb hinzugefügt|ajout(?:é|er) au panier|voir (?:le )?panier|añadi(?:do|r) al (?:carrito|cesta)|ver carrito|aggiunt[oi] al carrello|aggiungi al carrello|adicionad[oa] ao carrinho|adicionar ao carrinho|(?:toegevoegd aan|in) (?:je |uw )?winkel(?:wagen|mand))\b/iu;

/** A gallery's controls: "Show picture", "View all 12 photos", "Next image", "Bild anzeigen". */
const GALLERY =
  /^(?:(?:show|view|open|see) (?:the )?(?:picture|image|photo|gallery|all \d+ (?:photos|pictures|images))|(?:previous|next|prev) (?:picture|image|photo|slide)|(?:bild|bilder|foto|fotos|galerie) (?:anzeigen|ansehen|öffnen)|zur (?:bilder)?galerie|(?:vorheriges|nächstes) bild|(?:voir|afficher) (?:la |les )?(?:photo|image|galerie)s?|(?:photo|image) (?:précédente|suivante)|(?:ver|mostrar) (?:la )?(?:foto|imagen|galería)|(?:mostra|vedi|apri) (?:la )?(?:foto|immagine|galleria)|(?:toon|bekijk) (?:de )?(?:foto|afbeelding|galerij))\b/iu;

/** Whether a short block of `text` is a control or a disclaimer rather than the article's words. */
export function isPageControlText(text: string): boolean {
  const n = wordsUpTo(text, 60);
  if (n === 0) return false;
  if (n <= 8 && (CART.test(text) || GALLERY.test(text))) return true;
  return n <= 60 && AFFILIATE.test(text);
}

/** `text`, or null when it is a control or a disclaimer. */
export const withoutPageControlText = (text: string | null): string | null =>
  text !== null && isPageControlText(text) ? null : text;

/** Blocks with no block inside: where a disclaimer or a control's words stand. */
const TEXT_BLOCKS = new Set(['P', 'DIV', 'SPAN', 'LI', 'SMALL', 'EM', 'A', 'ASIDE', 'SECTION']);

const INNER_BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'IMG', 'PICTURE', 'VIDEO', 'TABLE', 'FIGURE']);

/** Whether a child of `el` is a block or a picture (then the test is left to the children). */
function holdsBlocks(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling)
    if (INNER_BLOCKS.has(child.tagName)) return true;
  return false;
}

/**
 * Removes `content`'s controls and disclaimers (see the module's comment). A form or dialog holding most of
 * the article's text is the article (a page built inside a `<form>`), and stays.
 */
export function dropPageControls(content: Element): void {
  const total = squash(content.textContent).length;
  for (const el of byTag(content, '*')) {
    if (!content.contains(el) || el === content) continue;
    const role = el.getAttribute('role');
    if (CONTROL_TAGS.has(el.tagName) || (role !== null && CONTROL_ROLES.has(role))) {
      if (squash(el.textContent).length < 0.5 * total) el.remove();
      continue;
    }
    if (!TEXT_BLOCKS.has(el.tagName) || holdsBlocks(el)) continue;
    const text = el.textContent ?? '';
    if (text.length <= 600 && isPageControlText(squash(text))) el.remove();
  }
}
