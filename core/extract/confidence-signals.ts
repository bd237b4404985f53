import type { ConfidenceSignals } from './confidence';
import { declaredWordCount } from './declared-length';
import { findNextPage, type NextPage } from './next-page';
import { squash, words } from './text';

/** A long block ending in an ellipsis: an excerpt that continues on another page. */
const TEASER = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])$/;

function teasersIn(articleText: string): number {
  return articleText.split('\n\n').filter((block) => block.length >= MIN_PROSE && TEASER.test(block.trim()))
    .length;
}

/** A paragraph this long is prose; shorter ones are labels, captions and teasers. */
const MIN_PROSE = 100;
const SECTION_HEADINGS = new Set(['H2', 'H3', 'H4']);
/** "Continue reading" buttons that open the rest of the story on the same page. */
const CONTINUE =
  /^(?:continue reading|read the (?:rest|full (?:story|article))|show (?:the )?full (?:story|article)|weiterlesen|mehr anzeigen)\W*$/i;

interface Walked {
  proseKept: number;
  proseLeft: number;
  kept: Map<string, number>;
  left: Map<string, number>;
  continues: boolean;
}

/** The next prose paragraph after a heading, within the heading's own block. */
function proseAfter(heading: Element): string | null {
  for (
    let el = heading.nextElementSibling;
    el && !SECTION_HEADINGS.has(el.tagName);
    el = el.nextElementSibling
  ) {
    const text = squash(el.textContent);
    if (text.length >= MIN_PROSE) return text;
  }
  return null;
}

function isInPageButton(el: Element, pageUrl: string): boolean {
  if (el.tagName === 'BUTTON') return true;
  const href = el.getAttribute('href');
  if (href === null || href.startsWith('#') || href.startsWith('javascript:')) return true;
  try {
    return new URL(href, pageUrl).href.split('#')[0] === pageUrl.split('#')[0];
  } catch {
    return false;
  }
}

/**
 * Reads what `assessConfidence` weighs from the live page (or any document): which of the page's prose
 * paragraphs and sub-headings outside its furniture (`leave`) the article text holds, pagination and
 * "continue reading" markers, and the length the page's metadata declares. Reads only. `nextPage` is the
 * page's link to its next page when the caller has looked for it already (the reader shows it too).
 */
export function readConfidenceSignals(
  doc: Document,
  leave: ReadonlySet<Element>,
  articleText: string,
  nextPage: NextPage | null = findNextPage(doc),
): ConfidenceSignals {
  const article = squash(articleText);
  const seen: Walked = { proseKept: 0, proseLeft: 0, kept: new Map(), left: new Map(), continues: false };
  const count = (map: Map<string, number>, tag: string) => map.set(tag, (map.get(tag) ?? 0) + 1);
  const pending: Element[] = doc.body ? [doc.body] : [];
  for (let el = pending.pop(); el; el = pending.pop()) {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (leave.has(child)) continue;
      const tag = child.tagName;
      if (tag === 'P') {
        const text = squash(child.textContent);
        if (text.length < MIN_PROSE) continue;
        if (article.includes(text)) seen.proseKept += text.length;
        else seen.proseLeft += text.length;
      } else if (SECTION_HEADINGS.has(tag)) {
        const title = squash(child.textContent);
        if (!title) continue;
        if (article.includes(title)) count(seen.kept, tag);
        else {
          const prose = proseAfter(child);
          if (prose && !article.includes(prose)) count(seen.left, tag);
        }
      } else if ((tag === 'A' || tag === 'BUTTON') && CONTINUE.test(squash(child.textContent))) {
        if (isInPageButton(child, doc.URL)) seen.continues = true;
      } else {
        pending.push(child);
      }
    }
  }
  // Sections shaped like the ones kept: the heading level the article uses most.
  let shape = '';
  for (const [tag, n] of seen.kept) if (n > (seen.kept.get(shape) ?? 0)) shape = tag;
  return {
    proseKept: seen.proseKept,
    proseLeft: seen.proseLeft,
    sectionsKept: seen.kept.get(shape) ?? 0,
    sectionsLeft: seen.left.get(shape) ?? 0,
    continues: seen.continues || nextPage !== null,
    teasers: teasersIn(articleText),
    articleWords: words(articleText),
    declaredWords: declaredWordCount(doc),
  };
}
