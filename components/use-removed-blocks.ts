import { useMemo, useState } from 'preact/hooks';
import type { Article } from '../core/extract';
import { withoutBlocks, type BlockPath } from '../core/reader/removed-blocks';

/** The article as the user trimmed it in this reading: what the reader shows and what a save keeps. */
export function useRemovedBlocks(article: Article) {
  const [removed, setRemoved] = useState<BlockPath[]>([]);
  const shown = useMemo<Article>(
    () => (removed.length ? { ...article, content: withoutBlocks(article.content, removed) } : article),
    [article, removed],
  );
  return {
    shown,
    count: removed.length,
    remove: (path: BlockPath) => setRemoved((list) => [...list, path]),
    undo: () => setRemoved((list) => list.slice(0, -1)),
  };
}
