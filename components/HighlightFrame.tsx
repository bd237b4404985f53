import { useEffect, useRef } from 'preact/hooks';
import { t } from '../core/i18n';
import type { HighlightChannel } from './highlight-channel';
import type { HighlightPopover } from './use-highlights';

interface Props {
  popover: Exclude<HighlightPopover, null>;
  channel: HighlightChannel;
  articleId: string | null;
  missing: readonly string[];
}

/**
 * The highlight editor or the list of the article's highlights: an extension page in a frame, like the save
 * popup, so that notes are typed and shown where the page can neither read them nor hear the keys.
 */
export function HighlightFrame({ popover, channel, articleId, missing }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => frame.current?.focus(), [popover]);
  if (popover.kind === 'list') {
    if (!articleId) return null;
    return (
      <iframe
        ref={frame}
        class="highlight-frame"
        data-kind="list"
        src={channel.listUrl(articleId, missing)}
        title={t('highlightsPanelTitle')}
      />
    );
  }
  return (
    <iframe
      ref={frame}
      class="highlight-frame"
      data-kind="editor"
      style={{ left: `${popover.x}px`, top: `${popover.y}px` }}
      src={channel.editorUrl(popover.id, popover.focusNote)}
      title={t('highlightEditorTitle')}
    />
  );
}
