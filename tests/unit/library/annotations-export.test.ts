import { describe, expect, it } from 'vitest';
import { targetAt } from '../../../core/annotate/selectors';
import { annotationCollection } from '../../../core/library/annotations-export';
import type { SavedArticle } from '../../../core/library/record';
import { payload } from './make-article';

const TEXT = payload().text;
const article: SavedArticle = {
  ...payload(),
  id: 'a1',
  savedAt: 0,
  updatedAt: 0,
  read: 0,
  archived: 0,
  tags: [],
  progress: 0,
  highlights: [
    {
      id: 'h1',
      articleId: 'a1',
      target: targetAt(TEXT, 31, 45),
      color: 'blue',
      note: 'See <b>page 2</b>',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_001_000,
    },
    {
      id: 'h2',
      articleId: 'a1',
      target: targetAt(TEXT, 6, 15),
      color: 'yellow',
      note: '',
      createdAt: 0,
      updatedAt: 0,
    },
  ],
};

describe('the Web Annotation (JSON-LD) export', () => {
  it('gives every highlight as an Annotation with both selectors, its note as plain text', () => {
    const collection = annotationCollection(
      [article, { ...article, id: 'a2', highlights: undefined }],
      'Lectern',
    );
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 2,
    });
    const [noted, plain] = collection.first.items;
    expect(noted).toEqual({
      id: 'urn:lectern:highlight:h1',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2023-11-14T22:13:20.000Z',
      modified: '2023-11-14T22:13:21.000Z',
      body: [
        { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: 'See <b>page 2</b>' },
        { type: 'TextualBody', purpose: 'tagging', value: 'blue' },
      ],
      target: {
        source: article.canonicalUrl,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'harbour bridge',
            prefix: TEXT.slice(0, 31),
            suffix: TEXT.slice(45),
          },
          { type: 'TextPositionSelector', start: 31, end: 45 },
        ],
      },
    });
    expect(plain).toMatchObject({
      motivation: 'highlighting',
      body: [{ purpose: 'tagging', value: 'yellow' }],
    });
  });
});
