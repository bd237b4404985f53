import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../core/extract';
import type { ShownExtraction } from '../core/reader/session';
import { t, uiDirection } from '../core/i18n';
import { readerAttributes, readerStyle } from '../core/reader/reader-style';
import type { Settings } from '../core/settings/settings';
import { ArticleView } from './ArticleView';
import { HelpPanel } from './HelpPanel';
import { ReaderControls } from './ReaderControls';
import { SaveButton, type SaveChannel } from './SaveButton';
import { useInverseZoom } from './use-inverse-zoom';
import { useReaderFonts } from './use-reader-fonts';
import { useLiveSettings } from './use-live-settings';
import { readerKeyHandler } from './use-reader-keys';
import { CloseButton } from './CloseButton';
import { ReadAloudControls } from './ReadAloudControls';
import { useReadAloud } from './use-read-aloud';
import { PartMissingLine } from './PartMissingLine';
import { RuleLine } from './RuleLine';
import { RemoveBar } from './RemoveBar';
import { useRemovedBlocks } from './use-removed-blocks';
import { useNextPages } from './use-next-pages';
import { NextPagesBar } from './NextPagesBar';
import type { HighlightChannel } from './highlight-channel';
import type { BundledFaces } from '../core/reader/bundled-font';
import { HighlightFrame } from './HighlightFrame';
import { SelectionToolbar } from './SelectionToolbar';
import { useHighlights } from './use-highlights';
import { useSelection } from './use-selection';
import { selectedRange } from './selected-range';

interface Props {
  article: Article;
  settings: Settings;
  onClose: () => void;
  onSettingsChange: (change: Partial<Settings>) => void;
  /** The reading list's Save button; left out where there is no library to save to. */
  save?: SaveChannel;
  /** How sure the extraction is, and how to pick the article instead (absent in the options' preview). */
  extraction?: ShownExtraction;
  /** The article as the user trimmed it, whenever that changes (a save keeps this one). */
  onEdit?: (article: Article) => void;
  highlights: HighlightChannel;
  /** The bundled font's faces, asked for when the user chose that font. */
  bundledFont: BundledFaces;
}

/**
 * The reader: a modal <dialog> in the top layer. `showModal()` makes the page beneath inert to keyboard and
 * assistive technology and keeps focus inside, without writing anything to the page's own nodes.
 */
export function ReaderOverlay({
  article,
  settings,
  onClose,
  onSettingsChange,
  save,
  extraction,
  onEdit,
  highlights,
  bundledFont,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [shown, change] = useLiveSettings(settings, onSettingsChange);
  const [helpOpen, setHelpOpen] = useState(false);
  const toggleHelp = () => setHelpOpen((open) => !open);
  const fonts = useReaderFonts(shown.fontFamily, bundledFont);
  const zoom = useInverseZoom(dialog);
  const page = useRef<HTMLElement>(null);
  const speech = useReadAloud(page, article.lang, shown, change);
  const [removing, setRemoving] = useState(false);
  const pages = useNextPages(article, extraction?.nextPages, shown.autoLoadPages);
  const edits = useRemovedBlocks(pages.article);
  useEffect(() => onEdit?.(edits.shown), [edits.shown]);
  const requestPick = extraction?.requestPick;
  const ruleKind = extraction?.picked ? 'picked' : (extraction?.rule ?? null);
  const body = useRef<HTMLDivElement>(null);
  const marks = useHighlights(highlights, body);
  const selection = useSelection(body);
  const { popover, setPopover } = marks;
  // A closed editor or list leaves focus nowhere (its frame is gone): it goes back to the reader, whose
  // keys then work again.
  const hadPopover = useRef(false);
  useEffect(() => {
    if (hadPopover.current && !popover) dialog.current?.focus();
    hadPopover.current = popover !== null;
  }, [popover]);

  // A layout effect runs as the reader is mounted, so it is modal from the moment it is in the page: with a
  // passive effect, a reader that appeared could still take no Escape and leave the page exposed for a frame.
  useLayoutEffect(() => {
    const el = dialog.current;
    if (!el) return;
    el.showModal();
    el.focus();
    // A page that takes focus back while the reader mounts (a focus handler of its own, a busy tab that
    // delivers the focus change late) does not keep it: the next frame checks and takes it again.
    const frame = requestAnimationFrame(() => {
      const root = el.getRootNode() as Document | ShadowRoot;
      if (el.open && !el.contains(root.activeElement)) el.focus();
    });
    return () => {
      cancelAnimationFrame(frame);
      el.close();
    };
  }, []);

  const onCancel = (event: Event) => {
    // Escape: close through the session so the page is restored, not just the dialog hidden.
    event.preventDefault();
    if (popover) setPopover(null);
    else if (helpOpen) setHelpOpen(false);
    else onClose();
  };

  return (
    <dialog
      ref={dialog}
      class="reader"
      dir={uiDirection()}
      {...readerAttributes(shown)}
      style={{ ...readerStyle(shown, fonts), zoom }}
      aria-modal="true"
      aria-labelledby="lectern-reader-title"
      tabIndex={-1}
      onCancel={onCancel}
      onKeyDown={readerKeyHandler(
        shown,
        change,
        toggleHelp,
        (command) => speech[command](),
        () => {
          // The selection as it is now: the state follows it a frame late, and a quick Shift+→ then h
          // highlighted one letter short.
          const current = body.current && selectedRange(body.current);
          if (current) void marks.highlight(current, 'yellow');
        },
      )}
    >
      <div class="toolbar" role="toolbar" aria-label={t('readerToolbar')}>
        <ReaderControls settings={shown} onChange={change} helpOpen={helpOpen} onToggleHelp={toggleHelp} />
        <ReadAloudControls speech={speech} />
        <div class="control-group" role="group" aria-label={t('readerFixGroup')}>
          {requestPick && (
            <button type="button" class="control control-text" onClick={requestPick}>
              {t('readerPick')}
            </button>
          )}
          <button
            type="button"
            class="control control-text"
            aria-pressed={removing}
            onClick={() => setRemoving((on) => !on)}
          >
            {t('removeMode')}
          </button>
        </div>
        <button
          type="button"
          class="highlights-button"
          aria-expanded={popover?.kind === 'list'}
          disabled={!marks.articleId}
          onClick={() => setPopover(popover?.kind === 'list' ? null : { kind: 'list' })}
        >
          {t('highlightsButton', String(marks.marks.length))}
        </button>
        {save && <SaveButton channel={save} />}
        <CloseButton class="close" label={t('readerClose')} onClick={onClose} />
      </div>
      {helpOpen && <HelpPanel keys={shown.keys} onClose={() => setHelpOpen(false)} />}
      {removing && <RemoveBar count={edits.count} onUndo={edits.undo} onDone={() => setRemoving(false)} />}
      <main class="page" ref={page}>
        {ruleKind && extraction?.siteRule && (
          <RuleLine kind={ruleKind} channel={extraction.siteRule} onPick={requestPick} />
        )}
        {extraction?.confidence.level === 'low' && !extraction.picked && (
          <PartMissingLine onPick={requestPick} onShowOriginal={onClose} />
        )}
        <ArticleView
          article={edits.shown}
          content={edits.shown.content}
          titleId="lectern-reader-title"
          onRemove={removing ? edits.remove : undefined}
          bodyRef={body}
        />
        {pages.next && pages.load && (
          <NextPagesBar next={pages.next} state={pages.state} onLoad={pages.load} />
        )}
      </main>
      {selection && (
        <SelectionToolbar
          range={selection}
          saved={marks.articleId !== null}
          onHighlight={(color, withNote) => void marks.highlight(selection, color, withNote)}
        />
      )}
      {popover && (
        <HighlightFrame
          popover={popover}
          channel={highlights}
          articleId={marks.articleId}
          missing={marks.missing}
        />
      )}
      <p class="highlight-status" role="status">
        {marks.status}
      </p>
    </dialog>
  );
}
