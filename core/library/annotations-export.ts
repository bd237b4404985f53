import type { Highlight } from '../annotate/highlight';
import type { SavedArticle } from './record';

/** W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), as JSON-LD. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const iso = (time: number) => new Date(time).toISOString();

function annotationOf(article: SavedArticle, h: Highlight) {
  const body: object[] = [{ type: 'TextualBody', purpose: 'tagging', value: h.color }];
  // The note is plain text, and says so: a consumer must not read it as HTML.
  if (h.note)
    body.unshift({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: h.note });
  return {
    id: `urn:lectern:highlight:${h.id}`,
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: iso(h.createdAt),
    modified: iso(h.updatedAt),
    body,
    target: {
      source: article.canonicalUrl,
      selector: [{ ...h.target.quote }, { ...h.target.position }],
    },
  };
}

/**
 * Every highlight of the library as one W3C Web Annotation collection: each an Annotation whose target is
 * the article's canonical address with both selectors, its note a plain-text commenting body and its colour
 * a tagging body.
 */
export function annotationCollection(articles: readonly SavedArticle[], label: string) {
  const items = articles.flatMap((article) =>
    (article.highlights ?? []).map((h) => annotationOf(article, h)),
  );
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
