import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { HighlightEntry } from '../../components/HighlightEntry';
import { markOf, type Highlight } from '../../core/annotate/highlight';
import { firstMarkOf, paintHighlights } from '../../core/annotate/paint';
import { t } from '../../core/i18n';
import { listHighlights } from '../../core/library/highlights';
import { library } from '../../core/library/instance';

/**
 * The saved copy's highlights: painted into the article as in the reader, and listed under it with their
 * notes (plain text) and a link to each; one not found in this copy is listed as such. With `focus` (the
 * Highlights view's link to one), the page scrolls to that highlight once it is painted, or to the list when
 * it is not found in this copy.
 */
export function ArticleHighlights({
  articleId,
  body,
  focus,
  onLoaded,
}: {
  articleId: string;
  body: RefObject<HTMLElement | null>;
  focus: string | null;
  onLoaded: (highlights: Highlight[]) => void;
}) {
  const section = useRef<HTMLElement>(null);
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [missing, setMissing] = useState<Set<string>>(new Set());

  const show = (id: string): boolean => {
    const mark = body.current && firstMarkOf(body.current, id);
    if (!mark) return false;
    mark.scrollIntoView({ block: 'center' });
    mark.tabIndex = -1;
    mark.focus({ preventScroll: true });
    return true;
  };

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
  useEffect(() => {
    if (!focus || !highlights.some((h) => h.id === focus)) return;
    if (!show(focus)) section.current?.scrollIntoView({ block: 'start' });
  }, [highlights, focus]);

  if (highlights.length === 0) return null;
  return (
    <section ref={section} class="article-highlights" aria-labelledby="lectern-highlights-heading">
      <h2 id="lectern-highlights-heading">{t('highlightsHeading')}</h2>
      <ol>
        {highlights.map((h) => (
          <HighlightEntry key={h.id} highlight={h} missing={missing.has(h.id)} onShow={() => show(h.id)} />
        ))}
      </ol>
    </section>
  );
}
