/**
 * Picture captions and credits. A reader shows a picture's caption under it, as the page does, but without
 * the picture's credit or the gallery's counter ("Image 1 of 8"). Captions are found on the live page and
 * left out of the copy (Readability would otherwise rewrite a captioning `<div>` into a nameless `<p>`, or
 * score it as prose); each comes back as a `<figcaption>` under its copied picture before Readability runs.
 */
import { byTag, closestTag, containsTag, elementsOf } from './dom';
import { isCredit, isInlineCredit } from './credits';
import { PICTURES } from './tags';
import { squash, wordsUpTo } from './text';

const FIGURE = new Set(['FIGURE']);

/** Caption in EN, FR/PT/ES ("légende", "legenda"), DE, IT, NL, and the newsroom's "cutline". */
const CAPTION_WORD =
  /^(?:(?:fig)?captions?|cutlines?|legende|legenda|bildunterschrift|didascalia|bijschrift|onderschrift)$/i;

/**
 * A class or id naming a caption: `wp-caption-text`, `image__caption`, `newsCaption`; not modifiers
 * (`header--caption-style`) nor the boxes around a picture (`has-caption`, `media-with-caption`,
 * `withoutCaption`), whose picture must stay.
 */
function namesCaption(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!/caption|cutline|legend|unterschrift|didascalia|schrift/i.test(names)) return false;
  for (const name of names.split(/\s+/)) {
    const element = name.split('--')[0]!.split('__').pop()!;
    const parts = element.split(/[-_]|(?<=\p{Ll})(?=\p{Lu})/u);
    for (let i = 0; i < parts.length; i++) {
      if (CAPTION_WORD.test(parts[i]!) && !/^(?:no|has|with|without)$/i.test(parts[i - 1] ?? '')) return true;
    }
  }
  return false;
}

/** A gallery's counter at the start of a caption: "Image 1 of 8", "3/12", "Foto 2 von 5". */
const GALLERY_COUNT =
  /^\s*(?:(?:image|photo|picture|slide|foto|bild|imagen|immagine|imagem|afbeelding)\s*)?\d+\s*(?:of|\/|von|de|di|sur|van)\s*\d+\s*/i;

/** A caption the copy can do without: named so, no picture or table inside, and caption-sized. */
export function isCaption(el: Element): boolean {
  if (el.tagName !== 'FIGCAPTION' && !namesCaption(el)) return false;
  // A picture or a table inside makes it more than a caption; an icon (SVG) does not.
  if (containsTag(el, PICTURES)) return false;
  const limit = el.tagName === 'FIGCAPTION' ? 200 : 80;
  return wordsUpTo(el.textContent ?? '', limit) <= limit;
}

/** The picture a caption belongs to: the first in its figure, else the first beside it. */
export function captionedPicture(caption: Element): Element | null {
  return (closestTag(caption, FIGURE) ?? caption.parentElement)?.getElementsByTagName('img')[0] ?? null;
}

/** The first text node with words in it, where a gallery counter would be. */
function firstText(root: Node): Text | null {
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && node.nodeValue!.trim()) return node as Text;
    const inner = node.nodeType === 1 ? firstText(node) : null;
    if (inner) return inner;
  }
  return null;
}

/**
 * A `<figcaption>` in `doc` holding a copy of `caption`'s content (links and emphasis kept) without its
 * credit or gallery counter; null when nothing else is left.
 */
export function figcaptionFrom(caption: Element, doc: Document): Element | null {
  const figcaption = doc.createElement('figcaption');
  for (let node = caption.firstChild; node; node = node.nextSibling)
    figcaption.append(doc.importNode(node, true));
  for (const el of elementsOf(figcaption))
    if (el !== figcaption && figcaption.contains(el) && isInlineCredit(el)) el.remove();
  const first = firstText(figcaption);
  if (first) {
    first.nodeValue = first.nodeValue!.replace(GALLERY_COUNT, '');
    // A counter in an element of its own ("<span class=count>1 of 8</span>") takes the element with it.
    const holder = first.parentElement;
    if (!first.nodeValue && holder && holder !== figcaption && !squash(holder.textContent)) holder.remove();
  }
  const text = squash(figcaption.textContent);
  return text && !isCredit(text) ? figcaption : null;
}

/** Wrappers a picture sits in alone (a link, a `<picture>`, a paragraph): the figure goes around them. */
const WRAPPERS = new Set(['A', 'PICTURE', 'SPAN', 'P', 'DIV']);

/** The figure `img` belongs to in the copy; one is made around it (and its `<noscript>` fallback) if none. */
function figureOf(img: Element): Element {
  const figure = closestTag(img, FIGURE);
  if (figure) return figure;
  let outer = img;
  for (
    let up = outer.parentElement;
    up && WRAPPERS.has(up.tagName) && up.childElementCount === 1 && !squash(up.textContent);
    up = up.parentElement
  )
    outer = up;
  const made = img.ownerDocument.createElement('figure');
  const fallback = outer.nextElementSibling?.tagName === 'NOSCRIPT' ? outer.nextElementSibling : null;
  outer.replaceWith(made);
  made.append(outer);
  if (fallback) made.append(fallback);
  return made;
}

/**
 * Puts each left-out caption (`captions`: live picture → live caption) under its copied picture in `root`, as the
 * last child of the picture's figure.
 */
export function showCaptions(
  root: Document | Element,
  liveOf: Map<Element, Element>,
  captions: Map<Element, Element>,
): void {
  if (!captions.size) return;
  const doc = root.ownerDocument ?? (root as Document);
  for (const img of byTag(root, 'img')) {
    const caption = captions.get(liveOf.get(img)!);
    const figcaption = caption && figcaptionFrom(caption, doc);
    if (figcaption) figureOf(img).append(figcaption);
  }
}
