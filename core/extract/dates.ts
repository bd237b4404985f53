/**
 * When the page says the article changed after it was published: the reader then shows "Updated <date>"
 * beside the first publication date, which alone can be years old. Readability reads only the latter.
 */
import { byTag } from './dom';
import { structuredDataOf } from './structured-data';

/** Meta tags naming the time of the last change (Open Graph, schema.org microdata). */
const MODIFIED_META = new Set(['article:modified_time', 'og:updated_time', 'datemodified']);

/**
 * "Updated" as pages print it around a time, in the languages of the clutter vocabulary: English, German,
 * French, Spanish, Italian, Portuguese and Dutch.
 */
const UPDATED_WORDS =
  '(?:updated|last\\s+modified|aktualisiert|mis\\s+à\\s+jour|actualizad[oa]|aggiornat[oa]|atualizad[oa]|bijgewerkt)';
/** …just before the time ("Updated: <time>", "Aktualisiert am <time>"). */
const UPDATED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])${UPDATED_WORDS}(?:\\s+(?:on|at|am|um|le|el|il|em|op))?[\\s:,]*$`,
  'iu',
);
/** …or at the start of the time's own text (`<time datetime="…">Updated 3 March</time>`). */
const UPDATED_INSIDE = new RegExp(`^[^\\p{L}]*${UPDATED_WORDS}(?![\\p{L}])`, 'iu');
/** A class or itemprop naming the time of the change (`<time class="updated">`, `itemprop="dateModified"`). */
const UPDATED_NAME = /(?:^|\s)(?:updated|modified|datemodified|date-modified|date-updated)(?:\s|$)/i;

function fromMeta(doc: Document): string | null {
  for (const meta of byTag(doc, 'meta')) {
    const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))
      ?.trim()
      .toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (name && content && MODIFIED_META.has(name)) return content;
  }
  return null;
}

/** `dateModified` of the first JSON-LD object that also has a headline or a publication date. */
function fromStructuredData(doc: Document): string | null {
  const pending: unknown[] = [];
  pending.push(...structuredDataOf(doc));
  for (let i = 0; i < pending.length && i < 200; i++) {
    const item = pending[i];
    if (Array.isArray(item)) pending.push(...item);
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (Array.isArray(record['@graph'])) pending.push(...record['@graph']);
      const modified = record.dateModified;
      if (typeof modified === 'string' && (record.headline || record.datePublished)) return modified;
    }
  }
  return null;
}

/** The text just before `time` in its block: where "Updated" or "Aktualisiert am" is printed. */
function textBefore(time: Element): string {
  let text = '';
  for (let node = time.previousSibling; node && text.length < 40; node = node.previousSibling) {
    text = (node.textContent ?? '') + text;
  }
  return text;
}

/** The first `<time datetime>` the page marks as the time of a change, by its name or the words around it. */
function fromTimeElements(doc: Document): string | null {
  for (const time of byTag(doc, 'time')) {
    const datetime = time.getAttribute('datetime')?.trim();
    if (!datetime) continue;
    const names = `${time.getAttribute('class') ?? ''} ${time.getAttribute('itemprop') ?? ''}`;
    if (
      UPDATED_NAME.test(names) ||
      UPDATED_BEFORE.test(textBefore(time)) ||
      UPDATED_INSIDE.test(time.textContent ?? '')
    )
      return datetime;
  }
  return null;
}

/** The calendar day a date string names, in the page's own time zone when it writes one. */
function dayOf(value: string, date: Date): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? date.toISOString().slice(0, 10);
}

/**
 * The time the page says the article last changed, when that is later than `published` and on another day:
 * a correction made the same morning is not news to a reader. Null without a publication date to compare.
 */
export function modifiedTimeOf(doc: Document, published: string | null): string | null {
  if (!published) return null;
  const modified = fromMeta(doc) ?? fromStructuredData(doc) ?? fromTimeElements(doc);
  if (!modified) return null;
  const then = new Date(published);
  const now = new Date(modified);
  if (Number.isNaN(then.getTime()) || Number.isNaN(now.getTime()) || now <= then) return null;
  return dayOf(modified, now) === dayOf(published, then) ? null : modified;
}
