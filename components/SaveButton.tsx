import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../core/i18n';
import type { SaveFailure, SaveResult } from '../core/library/record';

export type SaveChannelEvent = { type: 'saved'; id: string | null } | { type: 'close-popup' };

/** How the Save button reaches the library; the content script passes the real one, tests a fake. */
export interface SaveChannel {
  /** The id of this page's library entry, or null when it is not saved. */
  lookup(): Promise<string | null>;
  save(): Promise<SaveResult>;
  /** The save popup's address for an entry (an extension page, framed: the page cannot read it). */
  frameUrl(id: string): string;
  subscribe(listener: (event: SaveChannelEvent) => void): () => void;
}

const FAILURES: Record<SaveFailure, MessageKey> = {
  quota: 'saveFailedQuota',
  unavailable: 'saveFailedUnavailable',
  invalid: 'saveFailedNoArticle',
};

/**
 * Save in one click; once saved, the same button opens the save popup (title, tags, Remove) anchored
 * below it. The popup is an extension page in a frame, so the user's tags never enter the page's DOM.
 */
export function SaveButton({ channel }: { channel: SaveChannel }) {
  const [savedId, setSavedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [popupOpen, setPopupOpen] = useState(false);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    let live = true;
    channel.lookup().then(
      (id) => live && setSavedId(id),
      () => undefined,
    );
    const stop = channel.subscribe((event) => {
      if (event.type === 'saved') setSavedId(event.id);
      if (event.type === 'close-popup' || (event.type === 'saved' && event.id === null)) {
        setPopupOpen(false);
        button.current?.focus();
      }
    });
    return () => {
      live = false;
      stop();
    };
  }, [channel]);

  useEffect(() => {
    if (popupOpen) frame.current?.focus();
  }, [popupOpen]);

  const onClick = async () => {
    if (savedId) {
      setPopupOpen((open) => !open);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const result = await channel.save();
      if (result.ok) {
        setSavedId(result.id);
        setPopupOpen(true);
      } else {
        setFailure(FAILURES[result.reason]);
      }
    } catch {
      setFailure('saveFailedUnavailable');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="save">
      <button
        ref={button}
        type="button"
        class="save-button"
        aria-expanded={savedId ? popupOpen : undefined}
        aria-disabled={busy || undefined}
        data-saved={savedId ? 'true' : undefined}
        onClick={() => !busy && void onClick()}
      >
        {savedId && <span aria-hidden="true">✓ </span>}
        {t(savedId ? 'saveButtonSaved' : 'saveButton')}
      </button>
      {popupOpen && savedId && (
        <iframe ref={frame} class="save-popup" src={channel.frameUrl(savedId)} title={t('savePopupTitle')} />
      )}
      {failure && (
        <p class="save-failure" role="alert">
          {t(failure)}
        </p>
      )}
    </div>
  );
}
