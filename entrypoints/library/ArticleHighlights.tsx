import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { HighlightEntry } from '../../components/HighlightEntry';
import { markOf, type Highlight } from '../../core/annotate/highlight';
import { firstMarkOf, paintHighlights } from '../../core/annotate/paint';
import { t } from '../../core/i18n';
import { listHighlights } from '../../core/library/highlights';
import { library } from '../../core/library/instance';

/**
 * The saved copy's highlights: painted into the article as in the reader, and listed under it with their
 * notes (plain text) and a link to each; one not found in this copy is listed as such.
 */
export function ArticleHighlights({
  articleId,
  body,
  onLoaded,
}: {
  articleId: string;
  body: RefObject<HTMLElement | null>;
  onLoaded: (highlights: Highlight[]) => void;
}) {
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [missing, setMissing] = useState<Set<string>>(new Set());

  useEffect(() => {
    void listHighlights(library(), articleId).then((found) => {
      setHighlights(found);
      onLoaded(found);
    });
  }, [articleId]);
  useEffect(() => {
    if (!body.current) return;
    const result = paintHighlights(body.current, highlights.map(markOf));
    setMissing(new Set(result.missing.map((m) => m.id)));
  }, [highlights]);

  if (highlights.length === 0) return null;
  const show = (id: string) => {
    const mark = body.current && firstMarkOf(body.current, id);
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    mark.tabIndex = -1;
    mark.focus();
  };
  return (
    <section class="article-highlights" aria-labelledby="lectern-highlights-heading">
      <h2 id="lectern-highlights-heading">{t('highlightsHeading')}</h2>
      <ol>
        {highlights.map((h) => (
          <HighlightEntry key={h.id} highlight={h} missing={missing.has(h.id)} onShow={() => show(h.id)} />
        ))}
      </ol>
    </section>
  );
}
