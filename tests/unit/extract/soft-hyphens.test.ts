/** Soft hyphens (`&shy;`) inside words would split them for search and matching: the reader drops them. */
import { afterEach, expect, it } from 'vitest';
import type { JSDOM } from 'jsdom';
import { extractArticle, toBlockText } from '../../../core/extract';
import { loadPage } from '../fixtures/load-page';

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

it('removes soft hyphens from the article’s text and its title', () => {
  const paragraph =
    '<p>Die Zei&shy;tungs&shy;redaktion berichtete über die Bundes\u00ADtags\u00ADwahl und die ' +
    'Ver&shy;kehrs&shy;planung der Stadt, die seit Jahren auf eine Ent&shy;scheidung wartet.</p>';
  dom = loadPage(
    `<html lang="de"><head><title>Die Ver&shy;kehrs&shy;planung</title></head>` +
      `<body><article><h1>Die Ver&shy;kehrs&shy;planung</h1>${paragraph.repeat(4)}</article></body></html>`,
    'https://example.com/verkehr/',
  );
  const result = extractArticle(dom.window.document);
  if (!result.ok) throw new Error(result.reason);
  const text = toBlockText(result.article.content);
  expect(text).not.toContain('\u00AD');
  expect(text).toContain('Zeitungsredaktion');
  expect(text).toContain('Bundestagswahl');
  expect(result.article.title).toBe('Die Verkehrsplanung');
  expect(result.article.excerpt ?? '').not.toContain('\u00AD');
  // The page itself keeps them: extraction only reads it.
  expect(dom.window.document.body.textContent).toContain('\u00AD');
});
