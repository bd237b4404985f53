import { useEffect, useState } from 'preact/hooks';
import { toBlockText, type Article } from '../core/extract';
import { mergePages } from '../core/extract/merge-pages';
import { readingStats } from '../core/extract/metrics';
import type { NextPagesLoader, PageFailure } from '../core/reader/next-pages';

export type NextPagesState =
  | { kind: 'offered' }
  | { kind: 'loading'; page: number; last: number }
  | { kind: 'done'; pages: number; failure: { page: number; reason: PageFailure } | null };

/**
 * The article with its next pages once the user asked for them (or at once, with `auto`: the setting to
 * load them as the reader opens), and where the loading is.
 */
export function useNextPages(article: Article, loader: NextPagesLoader | null | undefined, auto = false) {
  const [merged, setMerged] = useState<Article | null>(null);
  const [state, setState] = useState<NextPagesState>({ kind: 'offered' });
  const load = async () => {
    if (!loader || state.kind === 'loading') return;
    const { contents, failure } = await loader.load((page, last) =>
      setState({ kind: 'loading', page, last }),
    );
    if (contents.length) {
      const content = mergePages(article.content, contents);
      setMerged({ ...article, ...readingStats(toBlockText(content)), content });
    }
    setState({ kind: 'done', pages: contents.length + 1, failure });
  };
  useEffect(() => {
    if (auto && state.kind === 'offered') void load();
  }, [auto, loader]);
  return { article: merged ?? article, state, load: loader ? load : null, next: loader?.next ?? null };
}
