import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from '../../components/reader.css?inline';
import saveCss from '../../components/save-button.css?inline';
import speechCss from '../../components/speech.css?inline';
import fixCss from '../../components/fix-page.css?inline';
import { ReaderOverlay } from '../../components/ReaderOverlay';
import type { Article } from '../../core/extract';
import type { ShownExtraction } from '../../core/reader/session';
import { saveChannelFor } from './library-link';
import { highlightChannelFor } from './highlight-link';
import highlightCss from '../../components/highlights.css?inline';
import { batchChanges } from '../../core/settings/batch-changes';
import { updateSettings, watchSettings, type Settings } from '../../core/settings/settings';
import { fromBase64, type BundledFace } from '../../core/reader/bundled-font';
import { sendToBackground } from '../../core/messaging';
import { createPreactShadowRoot } from './preact-shadow-root';

/** The bundled font's bytes, from the background: the reader's script does not carry them. */
async function bundledFontFromBackground(): Promise<BundledFace[]> {
  const files = await sendToBackground('bundledFontFiles', undefined);
  return files.map(({ weight, base64 }) => ({ weight, source: fromBase64(base64) }));
}

/** Mounts the reader in a closed shadow root at the end of the page; returns the unmount function. */
export async function mountOverlay(
  ctx: ContentScriptContext,
  article: Article,
  requestClose: () => void,
  initialSettings: Settings,
  extraction: ShownExtraction,
): Promise<() => void> {
  let settings = initialSettings;
  let container: HTMLElement | null = null;
  // A save keeps the article as the user trimmed it (blocks removed in this reading).
  let edited = article;
  const save = saveChannelFor(() => edited);
  const highlights = highlightChannelFor(article);
  const changes = batchChanges((change) => void updateSettings(change));
  const draw = () => {
    if (!container) return;
    render(
      <ReaderOverlay
        article={article}
        settings={settings}
        onClose={requestClose}
        onSettingsChange={changes.change}
        save={save}
        extraction={extraction}
        onEdit={(next) => (edited = next)}
        highlights={highlights}
        bundledFont={bundledFontFromBackground}
      />,
      container,
    );
  };
  const ui = await createPreactShadowRoot(ctx, {
    name: 'lectern-reader',
    anchor: () => document.body ?? document.documentElement,
    isolateEvents: true,
    css: css + saveCss + speechCss + fixCss + highlightCss,
    onRoot: (root) => {
      container = root;
      draw();
    },
  });
  const stopWatching = watchSettings((next) => {
    settings = next;
    draw();
  });
  ui.mount();
  return () => {
    changes.flush();
    stopWatching();
    ui.remove();
  };
}
