import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Highlight } from '../../core/annotate/highlight';
import { ArticleHighlights } from './ArticleHighlights';
import { fetchFailureText } from './import-texts';
import type { FetchTask } from '../../core/library/fetch-task';
import { isLinkOnly } from '../../core/library/import-items';
import { ArticleView } from '../../components/ArticleView';
import { t } from '../../core/i18n';
import { downloadFile } from '../../core/library/download';
import { storedHtmlToFragment } from '../../core/library/html';
import { library } from '../../core/library/instance';
import {
  getArticle,
  removeArticle,
  setProgress,
  updateArticle,
  type RemovedArticle,
} from '../../core/library/library';
import { articleToMarkdown, markdownFileName } from '../../core/library/markdown';
import { makeKeptVersionCurrent } from '../../core/library/kept-versions';
import type { KeptBody, SavedArticle } from '../../core/library/record';
import { KeptVersions } from './KeptVersions';
import { LEFT_OUT_ATTR, placePictures } from '../../core/library/pictures/place';
import { PicturesNote } from './PicturesNote';
import { scrollProgress, scrollTopFor } from './progress';
import { useSavedPictures } from './use-saved-pictures';

const SAVE_PROGRESS_MS = 300;

/**
 * One saved article, offline, where the user left off (or at a highlight); read, archive, export and delete
 * from its toolbar.
 */
export function ArticlePage({
  id,
  highlight = null,
  onDeleted,
}: {
  id: string;
  /** A highlight to open the article at, instead of where the user left off. */
  highlight?: string | null;
  onDeleted: (article: RemovedArticle) => void;
}) {
  const [found, setArticle] = useState<SavedArticle | null | undefined>(undefined);
  const body = useRef<HTMLDivElement>(null);
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [pictures, loadRemotePictures] = useSavedPictures(id);
  // A version of the body that sync kept, shown in place of the current one while the user reads it.
  const [viewing, setViewing] = useState<KeptBody | null>(null);
  // Shown once its stored pictures are read, so that the saved copy never asks the network for one.
  const article = found && pictures ? found : found === null ? null : undefined;
  const shown = useMemo(() => {
    if (!article || !pictures) return null;
    const fragment = storedHtmlToFragment((viewing ?? article).html);
    placePictures(fragment, (address) => pictures.urls.get(address) ?? null);
    const leftOut = Array.from(fragment.querySelectorAll(`img[${LEFT_OUT_ATTR}]`), (img) =>
      img.getAttribute(LEFT_OUT_ATTR)!,
    );
    return { fragment, leftOut: Array.from(new Set(leftOut)) };
  }, [article?.html, viewing, pictures?.urls]);
  const content = shown?.fragment ?? null;

  // For a link whose page is not read yet: where its fetch stands (queued, or failed and why).
  const [task, setTask] = useState<FetchTask | null>(null);

  useEffect(() => {
    void getArticle(library(), id).then((found) => setArticle(found ?? null));
    void library()
      .fetchQueue.get(id)
      .then((found) => setTask(found ?? null));
  }, [id]);

  useLayoutEffect(() => {
    if (!article) return;
    const root = document.documentElement;
    window.scrollTo(0, scrollTopFor(article.progress, root.scrollHeight, window.innerHeight));
    // The position is taken at each scroll, while the article is on screen, and written a moment later,
    // or at once when the user leaves (back to the list, another tab, closing it).
    let unsaved: number | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      if (unsaved !== null) void setProgress(library(), id, unsaved);
      unsaved = null;
    };
    const onScroll = () => {
      unsaved = scrollProgress(window.scrollY, root.scrollHeight, window.innerHeight);
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_PROGRESS_MS);
    };
    const onHide = () => document.visibilityState === 'hidden' && save();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      save();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [article !== null && article !== undefined]);

  if (article === undefined) return <main class="library" />;
  if (article === null || !content) {
    return (
      <main class="library">
        <p>{t('articleNotFound')}</p>
        <a href="#/">{t('articleBack')}</a>
      </main>
    );
  }

  const change = async (patch: Parameters<typeof updateArticle>[2]) => {
    const next = await updateArticle(library(), id, patch);
    if (next) setArticle({ ...article, ...next });
  };
  const useVersion = async (revision: KeptBody) => {
    const next = await makeKeptVersionCurrent(library(), id, revision.bodyAt);
    if (next) setArticle(next);
    setViewing(null);
  };
  const remove = async () => {
    const removed = await removeArticle(library(), id);
    if (removed) onDeleted(removed);
  };

  return (
    <div class="reading">
      <nav class="reading-toolbar" aria-label={t('readerToolbar')}>
        <a href="#/" class="back">
          ← {t('articleBack')}
        </a>
        <span class="spacer" />
        <button type="button" onClick={() => void change({ read: article.read ? 0 : 1 })}>
          {t(article.read ? 'articleMarkUnread' : 'articleMarkRead')}
        </button>
        <button type="button" onClick={() => void change({ archived: article.archived ? 0 : 1 })}>
          {t(article.archived ? 'articleUnarchive' : 'articleArchive')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadFile(
              markdownFileName(article),
              articleToMarkdown({ ...article, highlights }),
              'text/markdown',
            )
          }
        >
          {t('exportMarkdownOne')}
        </button>
        <button type="button" onClick={() => void remove()}>
          {t('articleDelete')}
        </button>
      </nav>
      <main class="page">
        {pictures && shown && (
          <PicturesNote
            record={pictures.record}
            leftOut={shown.leftOut}
            loading={pictures.loading}
            failed={pictures.failed}
            onLoad={() => void loadRemotePictures(shown.leftOut)}
          />
        )}
        <KeptVersions
          revisions={article.revisions ?? []}
          viewing={viewing}
          onRead={(revision) => {
            setViewing(revision);
            window.scrollTo(0, 0);
          }}
          onUse={(revision) => void useVersion(revision)}
        />
        <ArticleView article={article} content={content} titleId="lectern-article-title" bodyRef={body} />
        {isLinkOnly(article) && (
          <div class="link-only" role="note">
            <p>
              {task?.state === 'failed'
                ? t('linkOnlyFailed', fetchFailureText(task.reason!, task.status))
                : t('linkOnlyNotRead')}
            </p>
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              {t('linkOnlyOpen')}
            </a>
          </div>
        )}
        <ArticleHighlights articleId={id} body={body} focus={highlight} onLoaded={setHighlights} />
      </main>
    </div>
  );
}
