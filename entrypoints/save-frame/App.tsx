import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { TagEditor } from '../../components/TagEditor';
import { t } from '../../core/i18n';
import { articleToMarkdown, markdownFileName } from '../../core/library/markdown';
import { sendToBackground, type SaveDetails } from '../../core/messaging';
import { downloadFile } from '../../core/library/download';
import { closeFrame, useFrameTheme } from './use-frame-theme';

const close = closeFrame;

/**
 * The save popup, framed inside the reader: the saved article's title and tags, Remove, Markdown export and
 * a way to the reading list. It talks to the background only; the page around the frame sees none of it.
 */
export function App({ id }: { id: string }) {
  const [details, setDetails] = useState<SaveDetails | null>(null);
  const [title, setTitle] = useState('');
  const theme = useFrameTheme();
  const titleInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void sendToBackground('getSaveDetails', { id }).then((found) => {
      setDetails(found);
      setTitle(found?.title ?? '');
    });
  }, [id]);

  useEffect(() => {
    const input = titleInput.current;
    if (!details || !input) return;
    input.focus();
    // Setting the value leaves the caret after it, so a long title opened scrolled to its end.
    input.setSelectionRange(0, 0);
    input.scrollLeft = 0;
  }, [details !== null]);

  if (!details) return <div class="reader save-frame-theme" data-theme={theme} />;

  const commitTitle = () => {
    if (title.trim() && title !== details.title) {
      void sendToBackground('updateSaved', { id, title });
      setDetails({ ...details, title });
    }
  };
  const setTags = (tags: string[]) => {
    setDetails({ ...details, tags, knownTags: Array.from(new Set([...details.knownTags, ...tags])) });
    void sendToBackground('updateSaved', { id, tags });
  };
  const exportMarkdown = async () => {
    const article = await sendToBackground('getSavedArticle', { id });
    if (article) downloadFile(markdownFileName(article), articleToMarkdown(article), 'text/markdown');
  };

  return (
    <div class="reader save-frame-theme" data-theme={theme}>
      <main class="save-frame">
        <h1>{t('saveFrameSaved')}</h1>
        <div class="field">
          <label for="lectern-title">{t('fieldTitle')}</label>
          <input
            ref={titleInput}
            id="lectern-title"
            type="text"
            value={title}
            onInput={(e) => setTitle(e.currentTarget.value)}
            onBlur={commitTitle}
            onKeyDown={(e) => e.key === 'Enter' && commitTitle()}
          />
        </div>
        <TagEditor tags={details.tags} suggestions={details.knownTags} onChange={setTags} />
        <div class="actions">
          <button type="button" onClick={() => void sendToBackground('removeSaved', { id })}>
            {t('saveRemove')}
          </button>
          <button type="button" onClick={() => void exportMarkdown()}>
            {t('exportMarkdownOne')}
          </button>
          <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener">
            {t('openLibrary')}
          </a>
          <span class="spacer" />
          <button
            type="button"
            class="primary"
            onClick={() => {
              commitTitle();
              close();
            }}
          >
            {t('saveDone')}
          </button>
        </div>
      </main>
    </div>
  );
}
