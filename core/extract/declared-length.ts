import { structuredDataOf } from './structured-data';
import { words } from './text';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Objects of a JSON-LD value: itself, array members and `@graph` members, one level of nesting each. */
function objectsOf(value: Json): Record<string, Json>[] {
  if (Array.isArray(value)) return value.flatMap(objectsOf);
  if (!value || typeof value !== 'object') return [];
  const graph = value['@graph'];
  return [value, ...(graph ? objectsOf(graph) : [])];
}

function declaredIn(item: Record<string, Json>): number | null {
  const count = item['wordCount'];
  const asNumber = typeof count === 'string' ? Number(count) : count;
  if (typeof asNumber === 'number' && Number.isFinite(asNumber) && asNumber > 0) return asNumber;
  const body = item['articleBody'];
  return typeof body === 'string' && body.trim() ? words(body) : null;
}

/**
 * The article length the page's own structured data declares, in words: the largest JSON-LD `wordCount`
 * or `articleBody` on the page, or null when it declares none. Malformed JSON-LD is skipped.
 */
export function declaredWordCount(doc: Document): number | null {
  let most: number | null = null;
  for (const parsed of structuredDataOf(doc) as Json[]) {
    for (const item of objectsOf(parsed)) {
      const declared = declaredIn(item);
      if (declared !== null && (most === null || declared > most)) most = declared;
    }
  }
  return most;
}
