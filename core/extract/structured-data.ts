import { byTag } from './dom';

/** JSON-LD, which Readability reads for the article's metadata: the one script the copy keeps. */
export function isStructuredData(el: Element): boolean {
  return el.tagName === 'SCRIPT' && /^\s*application\/ld\+json\s*$/i.test(el.getAttribute('type') ?? '');
}

const MALFORMED = Symbol('malformed');
const parsed = new WeakMap<Element, { text: string; value: unknown }>();

/**
 * The values of `doc`'s JSON-LD scripts, in document order, malformed ones left out (common, and they say
 * nothing). The dates, the declared recipe and the declared length each read them: a script's parse is kept
 * with its text and reused while the text is the same. Read-only: the values are shared.
 */
export function structuredDataOf(doc: Document): unknown[] {
  const values: unknown[] = [];
  for (const script of byTag(doc, 'script')) {
    if (!isStructuredData(script)) continue;
    const text = script.textContent ?? '';
    let entry = parsed.get(script);
    if (!entry || entry.text !== text) {
      let value: unknown = MALFORMED;
      try {
        value = JSON.parse(text);
      } catch {
        // Left out below.
      }
      entry = { text, value };
      parsed.set(script, entry);
    }
    if (entry.value !== MALFORMED) values.push(entry.value);
  }
  return values;
}
