import { toBlockText, type Article } from '../extract';
import { fragmentToHtml } from './html';
import type { ArticlePayload } from './record';

/** The extracted article as plain data for the library: sanitized HTML, its text, and the metadata. */
export function toPayload(article: Article, canonicalUrl: string, doc: Document = document): ArticlePayload {
  const { content, ...meta } = article;
  return {
    url: meta.url,
    canonicalUrl,
    title: meta.title,
    byline: meta.byline,
    siteName: meta.siteName,
    publishedTime: meta.publishedTime,
    excerpt: meta.excerpt,
    lang: meta.lang,
    dir: meta.dir,
    wordCount: meta.wordCount,
    readingMinutes: meta.readingMinutes,
    html: fragmentToHtml(content, doc),
    text: toBlockText(content),
  };
}
