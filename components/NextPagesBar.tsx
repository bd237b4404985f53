import { t, type MessageKey } from '../core/i18n';
import type { NextPage } from '../core/extract';
import type { PageFailure } from '../core/reader/next-pages';
import type { NextPagesState } from './use-next-pages';

const FAILURES: Record<PageFailure, MessageKey> = {
  redirected: 'pagesFailedRedirected',
  'not-html': 'pagesFailedNotHtml',
  unreachable: 'pagesFailedUnreachable',
  'no-article': 'pagesFailedNoArticle',
  'too-large': 'pagesFailedTooLarge',
};

interface Props {
  next: NextPage;
  state: NextPagesState;
  onLoad: () => void;
}

/** Below the article: "Load page 2 of N", then the progress, then how it went. */
export function NextPagesBar({ next, state, onLoad }: Props) {
  return (
    <div class="next-pages">
      {state.kind === 'offered' && (
        <button type="button" class="fix-action" onClick={onLoad}>
          {t('pagesLoad', [String(next.number), String(next.last)])}
        </button>
      )}
      <p role="status" aria-live="polite">
        {state.kind === 'loading' && t('pagesLoading', [String(state.page), String(state.last)])}
        {state.kind === 'done' && !state.failure && t('pagesDone', String(state.pages))}
        {state.kind === 'done' &&
          state.failure &&
          t(FAILURES[state.failure.reason], String(state.failure.page))}
      </p>
    </div>
  );
}
