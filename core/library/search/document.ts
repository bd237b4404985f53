import type { Highlight } from '../../annotate/highlight';
import type { ArticleSummary } from '../record';
import { tokenize } from './terms';

/**
 * How much a word counts in each part of an article: a word of the title or a tag says more about what
 * the article is than one word among a thousand of its body.
 */
export const FIELD_WEIGHTS = { title: 3, tags: 3, site: 2, highlights: 2, body: 1 } as const;
/** A very long article still gets its first words indexed; the rest would only weigh on every save. */
export const MAX_BODY_TERMS = 20_000;

/** One article as the index sees it: how often each term occurs (weighted by field) and its length. */
export interface IndexedDocument {
  id: string;
  length: number;
  counts: Map<string, number>;
}

export type IndexSource = Pick<ArticleSummary, 'id' | 'title' | 'tags' | 'siteName'> & {
  text: string;
  highlights?: ReadonlyArray<Pick<Highlight, 'target' | 'note'>>;
};

export function indexDocument({
  id,
  title,
  tags,
  siteName,
  text,
  highlights = [],
}: IndexSource): IndexedDocument {
  const counts = new Map<string, number>();
  let length = 0;
  const add = (terms: string[], weight: number) => {
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + weight);
    length += terms.length * weight;
  };
  add(tokenize(title), FIELD_WEIGHTS.title);
  add(tokenize(tags.join(' ')), FIELD_WEIGHTS.tags);
  add(tokenize(siteName ?? ''), FIELD_WEIGHTS.site);
  const marked = highlights.map((h) => `${h.target.quote.exact} ${h.note}`).join(' ');
  add(tokenize(marked), FIELD_WEIGHTS.highlights);
  add(tokenize(text).slice(0, MAX_BODY_TERMS), FIELD_WEIGHTS.body);
  return { id, length, counts };
}
