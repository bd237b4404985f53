import { useEffect, useRef, useState } from 'preact/hooks';
import {
  HIGHLIGHT_COLORS,
  MAX_NOTE,
  type Highlight,
  type HighlightColor,
} from '../../core/annotate/highlight';
import { HIGHLIGHT_COLOR_LABELS } from '../../components/labels';
import { t } from '../../core/i18n';
import { sendToBackground } from '../../core/messaging';
import { closeFrame, useFrameTheme } from './use-frame-theme';

/**
 * One highlight's colour and note, and Remove with Undo, framed over the reader. The note is plain text: a
 * textarea's value, sent to the background and shown back as text, never as markup.
 */
export function HighlightEditor({ id, focusNote }: { id: string; focusNote: boolean }) {
  const theme = useFrameTheme();
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const [removed, setRemoved] = useState<Highlight | null>(null);
  const [note, setNote] = useState('');
  const noteField = useRef<HTMLTextAreaElement>(null);
  const firstColor = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void sendToBackground('getHighlight', { id }).then((found) => {
      setHighlight(found);
      setNote(found?.note ?? '');
    });
  }, [id]);
  useEffect(() => {
    if (highlight) (focusNote ? noteField : firstColor).current?.focus();
  }, [highlight !== null]);

  const commitNote = () => {
    if (highlight && note !== highlight.note) {
      void sendToBackground('updateHighlight', { id, note });
      setHighlight({ ...highlight, note });
    }
  };
  const setColor = (color: HighlightColor) => {
    if (!highlight) return;
    setHighlight({ ...highlight, color });
    void sendToBackground('updateHighlight', { id, color });
  };
  const remove = async () => {
    commitNote();
    setRemoved(await sendToBackground('removeHighlight', { id }));
  };
  const undo = async () => {
    if (removed && (await sendToBackground('restoreHighlight', removed))) setRemoved(null);
  };

  if (removed) {
    return (
      <div class="reader save-frame-theme" data-theme={theme}>
        <main class="save-frame">
          <p role="status">{t('highlightRemoved')}</p>
          <div class="actions">
            <button type="button" onClick={() => void undo()}>
              {t('highlightUndo')}
            </button>
            <span class="spacer" />
            <button type="button" class="primary" onClick={closeFrame}>
              {t('saveDone')}
            </button>
          </div>
        </main>
      </div>
    );
  }
  return (
    <div class="reader save-frame-theme" data-theme={theme}>
      {highlight && (
        <main class="save-frame">
          <fieldset class="colors">
            <legend>{t('highlightColor')}</legend>
            {HIGHLIGHT_COLORS.map((color, i) => (
              <label class="color-choice">
                <input
                  ref={i === 0 ? firstColor : undefined}
                  type="radio"
                  name="color"
                  value={color}
                  checked={highlight.color === color}
                  onChange={() => setColor(color)}
                />
                <span class="swatch" data-color={color} aria-hidden="true" />
                {t(HIGHLIGHT_COLOR_LABELS[color])}
              </label>
            ))}
          </fieldset>
          <div class="field">
            <label for="lectern-note">{t('highlightNote')}</label>
            <textarea
              ref={noteField}
              id="lectern-note"
              rows={3}
              maxLength={MAX_NOTE}
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
              onBlur={commitNote}
            />
          </div>
          <div class="actions">
            <button type="button" onClick={() => void remove()}>
              {t('highlightRemove')}
            </button>
            <span class="spacer" />
            <button
              type="button"
              class="primary"
              onClick={() => {
                commitNote();
                closeFrame();
              }}
            >
              {t('saveDone')}
            </button>
          </div>
        </main>
      )}
    </div>
  );
}
