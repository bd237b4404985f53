/**
 * Repeated sections of one shape: the products of a roundup, the slides of a slideshow, the entries of a
 * live blog. Readability judges each on its own, so a product card with more links or list items than
 * paragraphs goes, and an entry loses its header (time and heading) to the "header" in its class name. When
 * Readability kept most of such a run, the whole run is copied again from the page, section by section,
 * without the furniture and with the captions under their pictures.
 */
import { byTag, hasMoreThan } from './dom';
import { showCaptions } from './captions';
import { resolveLazyImages } from './lazy-images';

/** Fewer siblings of one shape than this are not a run. */
const MIN_RUN = 3;

const shapeOf = (el: Element): string => `${el.tagName} ${el.getAttribute('class') ?? ''}`;

/** A section with something to read: a paragraph or a heading of its own. */
function hasProse(el: Element): boolean {
  return hasMoreThan(el, 'p') || hasMoreThan(el, 'h2') || hasMoreThan(el, 'h3') || hasMoreThan(el, 'h4');
}

/**
 * The run of sections `el` belongs to: the siblings of its shape next to it, in order, with nothing else
 * between them (a heading between two runs of paragraph boxes must stay where it is); null if too short.
 */
function runOf(el: Element): Element[] | null {
  const shape = shapeOf(el);
  let first = el;
  while (first.previousElementSibling && shapeOf(first.previousElementSibling) === shape)
    first = first.previousElementSibling;
  const run: Element[] = [];
  for (let next: Element | null = first; next && shapeOf(next) === shape; next = next.nextElementSibling)
    run.push(next);
  return run.length >= MIN_RUN && run.every(hasProse) ? run : null;
}

/** A copy of `live` in `doc` without the subtrees in `leave`, each copied element mapped in `liveOf`. */
function copyWithout(
  live: Element,
  doc: Document,
  leave: Set<Element>,
  liveOf: Map<Element, Element>,
): Element {
  const copy = doc.importNode(live, false) as Element;
  liveOf.set(copy, live);
  for (let node = live.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      if (!leave.has(node as Element)) copy.append(copyWithout(node as Element, doc, leave, liveOf));
    } else copy.append(doc.importNode(node, false));
  }
  return copy;
}

export interface PageKnowledge {
  liveOf: Map<Element, Element>;
  leave: Set<Element>;
  captions: Map<Element, Element>;
}

/** Makes every run Readability kept most of whole again in `content` (see the module's comment). */
export function keepRunsWhole(content: Element, { liveOf, leave, captions }: PageKnowledge): void {
  const doc = content.ownerDocument;
  const runs: Element[][] = [];
  const members = new Set<Element>();
  for (const p of byTag(content, 'p')) {
    for (
      let live = liveOf.get(p)?.parentElement;
      live && live.tagName !== 'BODY';
      live = live.parentElement
    ) {
      if (members.has(live)) break;
      const run = runOf(live);
      if (!run) continue;
      runs.push(run);
      for (const section of run) members.add(section);
    }
  }
  for (const run of runs) {
    // The copies Readability kept of the run's sections, outermost first.
    const kept: Element[] = [];
    const pending = [content];
    for (let el = pending.pop(); el; el = pending.pop()) {
      const live = liveOf.get(el);
      if (el !== content && live && run.some((section) => section.contains(live))) kept.push(el);
      else
        for (let child = el.lastElementChild; child; child = child.previousElementSibling)
          pending.push(child);
    }
    // Readability keeping one card of a feed says nothing; keeping most of a run says the run is the article.
    const keptSections = run.filter((section) => kept.some((el) => section.contains(liveOf.get(el)!)));
    if (keptSections.length < Math.max(2, run.length / 2) || run.some((section) => leave.has(section)))
      continue;
    const whole = run.map((section) => copyWithout(section, doc, leave, liveOf));
    kept[0]!.before(...whole);
    for (const el of kept) el.remove();
    for (const section of whole) {
      showCaptions(section, liveOf, captions);
      resolveLazyImages(section);
    }
  }
}
