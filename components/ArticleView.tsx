import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ArticleMeta } from '../core/extract';
import { t } from '../core/i18n';

interface Props {
  article: ArticleMeta;
  /** Sanitized body; a clone of it is inserted, so the same article can be shown again. */
  content: DocumentFragment;
  titleId: string;
  /** Handed the article body, where highlights are painted. */
  bodyRef?: RefObject<HTMLDivElement | null>;
}

function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(lang ?? undefined, { dateStyle: 'long' }).format(date);
  } catch {
    return date.toDateString();
  }
}

/** A calm, book-like page: site, title, byline, date and reading time above the article body. */
export function ArticleView({ article, content, titleId, bodyRef }: Props) {
  const own = useRef<HTMLDivElement>(null);
  const body = bodyRef ?? own;
  useLayoutEffect(() => {
    // Insert sanitized DOM nodes; page HTML is never handed to innerHTML.
    body.current?.replaceChildren(content.cloneNode(true));
  }, [content]);

  const date = formatDate(article.publishedTime, article.lang);
  const details = [article.byline, date, t('readingTime', String(article.readingMinutes))].filter(Boolean);

  const followInArticleLink = (event: MouseEvent) => {
    const link = (event.target as Element).closest?.('a[href^="#"]');
    if (!link || !body.current) return;
    const target = body.current.querySelector(`[id="${CSS.escape(link.getAttribute('href')!.slice(1))}"]`);
    if (target) {
      event.preventDefault();
      target.scrollIntoView();
    }
  };

  return (
    <article class="article" lang={article.lang ?? undefined} dir={article.dir ?? 'auto'}>
      <header class="article-header">
        {article.siteName && <p class="site-name">{article.siteName}</p>}
        <h1 id={titleId} class="title">
          {article.title}
        </h1>
        <p class="details">{details.join(' · ')}</p>
      </header>
      <div class="article-body" ref={body} onClick={followInArticleLink} />
    </article>
  );
}
