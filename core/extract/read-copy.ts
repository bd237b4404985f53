/**
 * One reading of a copy of the page: Readability, then the article's edges trimmed. The pipeline reads the
 * narrowed copy first, and the full copy as well only when that reading comes back thin (see `isThin`).
 */
import { Readability } from '@mozilla/readability';
import { bylineIn } from './byline';
import { showCaptions } from './captions';
import { cloneWithMap, hoistRoot, type ClonedDocument } from './clone';
import { byTags } from './dom';
import type { Furniture } from './furniture';
import { resolveLazyImages } from './lazy-images';
import { restoreLinkedProse } from './linked-prose';
import { keepRunsWhole } from './repeated';
import { separateTimes } from './times';
import { trimArticle } from './trim';
import { textOrNull } from './text';

type Parsed = NonNullable<ReturnType<Readability<Element>['parse']>>;

export interface Reading {
  parsed: Parsed;
  /** The trimmed article, still in the copy. */
  content: Element;
  liveOf: Map<Element, Element>;
  byline: string | null;
}

/** The one internal method of Readability 0.6 that `listsByTagName` replaces. */
interface TagLister {
  _getAllNodesWithTag(node: Document | Element, tagNames: string[]): ArrayLike<Element>;
}

/**
 * Readability lists elements by tag name through `querySelectorAll(tags.join(','))`. jsdom compiles that
 * selector again at every call, which made these lists a sixth of the whole extraction there; `byTags` gives
 * the same elements in the same order without a selector.
 */
function listsByTagName(reader: Readability<Element>): void {
  (reader as unknown as TagLister)._getAllNodesWithTag = byTags;
}

/** The page without its furniture, narrowed to the block holding the prose, captions under their pictures. */
export function narrowedCopy(doc: Document, furniture: Furniture): ClonedDocument {
  const copy = cloneWithMap(doc, furniture.leave);
  if (furniture.root) hoistRoot(copy.clone, copy.liveOf, furniture.root);
  showCaptions(copy.clone, copy.liveOf, furniture.captions);
  resolveLazyImages(copy.clone);
  return copy;
}

/** The whole page, as plain Readability would read it. */
export function fullCopy(doc: Document): ClonedDocument {
  const copy = cloneWithMap(doc);
  resolveLazyImages(copy.clone);
  return copy;
}

/**
 * Readability on `copy`, then trimming; null when Readability finds no article of `minText` characters.
 * `furniture`: what is known of the page (its `above` blocks may hold a byline Readability could not see).
 */
export function readCopy(
  { clone, liveOf }: ClonedDocument,
  furniture: Furniture,
  minText: number,
): Reading | null {
  let parsed: Parsed | null;
  try {
    const reader = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      // The sanitizer drops every class afterwards, so Readability need not strip them first.
      keepClasses: true,
    });
    listsByTagName(reader);
    parsed = reader.parse();
  } catch {
    return null;
  }
  const content = parsed?.content;
  if (!parsed || !content || (parsed.textContent ?? '').trim().length < minText) return null;
  keepRunsWhole(content, { liveOf, leave: furniture.leave, captions: furniture.captions });
  restoreLinkedProse(content, liveOf, furniture.leave);
  separateTimes(content);
  const byline = textOrNull(parsed.byline) ?? textOrNull(bylineIn(furniture.above));
  trimArticle(content, { title: textOrNull(parsed.title), byline });
  return { parsed, content, liveOf, byline };
}
