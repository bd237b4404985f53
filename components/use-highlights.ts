import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { HighlightColor, HighlightMark } from '../core/annotate/highlight';
import { firstMarkOf, highlightIdAt, paintHighlights } from '../core/annotate/paint';
import { describeRange } from '../core/annotate/selectors';
import { t } from '../core/i18n';
import type { HighlightChannel } from './highlight-channel';

export type HighlightPopover =
  { kind: 'editor'; id: string; focusNote: boolean; x: number; y: number } | { kind: 'list' } | null;

export interface Highlights {
  marks: HighlightMark[];
  missing: string[];
  articleId: string | null;
  status: string;
  popover: HighlightPopover;
  setPopover: (popover: HighlightPopover) => void;
  /** Highlights the current selection; with `withNote`, opens the note editor on it. */
  highlight: (range: Range, color: HighlightColor, withNote?: boolean) => Promise<void>;
}

const editorAt = (id: string, focusNote: boolean, rect: DOMRect): HighlightPopover => ({
  kind: 'editor',
  id,
  focusNote,
  x: Math.max(8, Math.min(rect.left, innerWidth - 350)),
  y: rect.bottom + 300 < innerHeight ? rect.bottom + 8 : Math.max(8, rect.top - 308),
});

/**
 * The reader's highlights: loads this page's marks, paints them into the article body (again after every
 * change made in the framed editor), opens the editor on a click, scrolls to one the list asks for.
 */
export function useHighlights(channel: HighlightChannel, body: RefObject<HTMLElement | null>): Highlights {
  const [marks, setMarks] = useState<HighlightMark[]>([]);
  const [missing, setMissing] = useState<string[]>([]);
  const [articleId, setArticleId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [popover, setPopover] = useState<HighlightPopover>(null);

  useEffect(() => {
    let live = true;
    const reload = () =>
      void Promise.all([channel.load(), channel.lookupArticle()]).then(([loaded, id]) => {
        if (!live) return;
        setMarks(loaded);
        setArticleId(id);
      });
    reload();
    const stop = channel.subscribe((event) => {
      if (event.type === 'changed') reload();
      if (event.type === 'close-popup') setPopover(null);
      if (event.type === 'show' && body.current) {
        const mark = firstMarkOf(body.current, event.id);
        mark?.scrollIntoView({ block: 'center' });
        mark?.classList.add('flash');
        setTimeout(() => mark?.classList.remove('flash'), 1600);
      }
    });
    return () => {
      live = false;
      stop();
    };
  }, [channel]);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 5000);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    if (!body.current) return;
    const result = paintHighlights(body.current, marks);
    setMissing(result.missing.map((m) => m.id));
  }, [marks]);

  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const controller = new AbortController();
    el.addEventListener(
      'click',
      (event) => {
        const id = highlightIdAt(event.target);
        const selection = el.ownerDocument.getSelection();
        if (!id || (selection && !selection.isCollapsed)) return;
        setPopover(editorAt(id, false, (event.target as Element).getBoundingClientRect()));
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, []);

  const highlight = async (range: Range, color: HighlightColor, withNote = false) => {
    if (!body.current) return;
    const target = describeRange(body.current, range);
    if (!target) return;
    const rect = range.getBoundingClientRect();
    try {
      const result = await channel.add(target, color);
      if (!result.ok) return setStatus(t('highlightFailed'));
      range.commonAncestorContainer.ownerDocument?.getSelection()?.removeAllRanges();
      setArticleId(result.articleId);
      setMarks((current) => [...current, result.mark]);
      setStatus(t(result.savedNow ? 'highlightSavedPage' : 'highlightAdded'));
      if (withNote) setPopover(editorAt(result.mark.id, true, rect));
    } catch {
      setStatus(t('highlightFailed'));
    }
  };

  return { marks, missing, articleId, status, popover, setPopover, highlight };
}
