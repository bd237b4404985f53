import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ArticleMeta } from '../core/extract';
import { t } from '../core/i18n';
import { pathOf, removableAt, removableBlocks, type BlockPath } from '../core/reader/removed-blocks';

interface Props {
  article: ArticleMeta;
  /** Sanitized body; a clone of it is inserted, so the same article can be shown again. */
  content: DocumentFragment;
  titleId: string;
  /** Remove mode: a click, Enter or Delete on a paragraph, picture or list removes it. */
  onRemove?: (path: BlockPath) => void;
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
export function ArticleView({ article, content, titleId, onRemove, bodyRef }: Props) {
  const own = useRef<HTMLDivElement>(null);
  const body = bodyRef ?? own;
  const removing = onRemove !== undefined;
  useLayoutEffect(() => {
    // Insert sanitized DOM nodes; page HTML is never handed to innerHTML.
    const root = body.current;
    if (!root) return;
    root.replaceChildren(content.cloneNode(true));
    // In remove mode every removable block takes keyboard focus (these are the reader's nodes, not the page's).
    if (removing)
      for (const block of removableBlocks(root)) {
        block.setAttribute('tabindex', '0');
        block.setAttribute('data-removable', '');
        block.setAttribute(
          'aria-label',
          t('removeBlockLabel', (block.textContent ?? '').trim().slice(0, 60)),
        );
      }
  }, [content, removing]);

  const removeAt = (target: EventTarget | null): boolean => {
    const root = body.current;
    const block = root && onRemove && removableAt(target as Element, root);
    const path = block ? pathOf(root, block) : null;
    if (path) onRemove!(path);
    return path !== null;
  };

  const date = formatDate(article.publishedTime, article.lang);
  // Extraction keeps only an update on a later day; in the reader's time zone it could still read the same.
  const modified = formatDate(article.modifiedTime ?? null, article.lang);
  const updated = modified && modified !== date ? t('updatedOn', modified) : null;
  // A link saved without its text (an import not fetched yet) has no reading time to give.
  const minutes = article.readingMinutes > 0 ? t('readingTime', String(article.readingMinutes)) : null;
  const details = [article.byline, date, updated, minutes].filter(Boolean);

  const followInArticleLink = (event: MouseEvent) => {
    if (removing) {
      event.preventDefault();
      removeAt(event.target);
      return;
    }
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
      <div
        class={removing ? 'article-body removing' : 'article-body'}
        ref={body}
        onClick={followInArticleLink}
        onKeyDown={(event) => {
          if (removing && ['Enter', 'Delete', 'Backspace'].includes(event.key) && removeAt(event.target))
            event.preventDefault();
        }}
      />
    </article>
  );
}
