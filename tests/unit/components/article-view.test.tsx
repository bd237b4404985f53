import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleView } from '../../../components/ArticleView';
import type { ArticleMeta } from '../../../core/extract';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const META: ArticleMeta = {
  url: 'https://example.com/harbour/',
  title: 'Harbour wall',
  byline: 'Ann Reid',
  siteName: null,
  publishedTime: '2019-04-02T09:00:00Z',
  lang: 'en',
  dir: null,
  excerpt: null,
  wordCount: 400,
  readingMinutes: 2,
};

async function detailsOf(article: ArticleMeta): Promise<string> {
  await act(() =>
    render(<ArticleView article={article} content={new DocumentFragment()} titleId="t" />, root),
  );
  return root.querySelector('.details')?.textContent ?? '';
}

describe('the reader’s header', () => {
  it('shows "Updated <date>" after the publication date when the article was updated', async () => {
    expect(await detailsOf({ ...META, modifiedTime: '2024-11-30T12:00:00Z' })).toBe(
      'Ann Reid · April 2, 2019 · Updated November 30, 2024 · 2 min read',
    );
  });

  it('shows the publication date alone otherwise', async () => {
    expect(await detailsOf(META)).toBe('Ann Reid · April 2, 2019 · 2 min read');
  });

  it('gives no reading time for a link saved without its text', async () => {
    expect(await detailsOf({ ...META, wordCount: 0, readingMinutes: 0 })).toBe('Ann Reid · April 2, 2019');
  });
});
