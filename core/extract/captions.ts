/**
 * Picture captions and credits. They are not the article's text: a reader reads past them, and they bring
 * the pictures' credits and gallery counts ("Image 1 of 8") into it. They are found on the live page, left
 * out of the copy (Readability would otherwise rewrite a captioning `<div>` into a nameless `<p>`), and a
 * caption becomes its picture's description when the picture has none, so a screen reader still says it.
 */
import { closestTag, containsTag, elementsOf } from './dom';
import { isCredit, isInlineCredit } from './credits';
import { PICTURES } from './tags';
import { squash, words } from './text';

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
  /^(?:(?:image|photo|picture|slide|foto|bild|imagen|immagine|imagem|afbeelding)\s*)?\d+\s*(?:of|\/|von|de|di|sur|van)\s*\d+\s*/i;

/** A caption's words without its gallery counter or credit ("The mill in 1931. <span>Photo: Archive</span>"). */
export function captionText(caption: Element): string {
  return creditless(caption).replace(GALLERY_COUNT, '');
}

function creditless(caption: Element): string {
  if (!elementsOf(caption).some(isInlineCredit)) return squash(caption.textContent);
  const copy = caption.cloneNode(true) as Element;
  for (const el of elementsOf(copy)) if (el !== copy && isInlineCredit(el)) el.remove();
  return squash(copy.textContent);
}

/** A caption the copy can do without: named so, no picture or table inside, and caption-sized. */
export function isCaption(el: Element): boolean {
  if (el.tagName !== 'FIGCAPTION' && !namesCaption(el)) return false;
  // A picture or a table inside makes it more than a caption; an icon (SVG) does not.
  if (containsTag(el, PICTURES)) return false;
  return words(el.textContent ?? '') <= (el.tagName === 'FIGCAPTION' ? 200 : 80);
}

/** The picture a caption describes and the description it gives, when the picture has none of its own. */
export function describedPicture(caption: Element): [Element, string] | null {
  const picture = (closestTag(caption, FIGURE) ?? caption.parentElement)?.getElementsByTagName('img')[0];
  if (!picture || squash(picture.getAttribute('alt'))) return null;
  const text = captionText(caption);
  return text && !isCredit(text) ? [picture, text] : null;
}

/** Gives each copied picture the description its left-out caption offered (`captions` is keyed by live picture). */
export function describePictures(
  clone: Document,
  liveOf: Map<Element, Element>,
  captions: Map<Element, string>,
): void {
  if (!captions.size) return;
  for (const img of Array.from(clone.getElementsByTagName('img'))) {
    const text = captions.get(liveOf.get(img)!);
    if (text) img.setAttribute('alt', text);
  }
}
