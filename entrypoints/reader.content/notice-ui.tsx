import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import css from '../../components/reader.css?inline';
import { Notice } from '../../components/Notice';
import { t, type MessageKey } from '../../core/i18n';
import type { ExtractFailureReason } from '../../core/extract';

const NOTICE_MS = 4000;
const MESSAGES: Record<ExtractFailureReason, MessageKey> = {
  'no-article': 'noticeNoArticle',
  'too-large': 'noticeTooLarge',
  'unsupported-document': 'noticeUnsupported',
};

/** Beside the page's <body>; a frameset page or one without a body gets it on <html>. */
const anchor = (): Element =>
  document.body?.localName === 'body' ? document.body : document.documentElement;

let current: { ui: ShadowRootContentScriptUi<HTMLElement>; timer: number } | null = null;

function dismiss(): void {
  if (!current) return;
  clearTimeout(current.timer);
  current.ui.remove();
  current = null;
}

/** Shows a small notice that closes by itself after a few seconds, or with Escape or its button. */
export async function showNotice(ctx: ContentScriptContext, reason: keyof typeof MESSAGES): Promise<void> {
  dismiss();
  const close = () => dismiss();
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'lectern-notice',
    position: 'inline',
    anchor,
    append: 'last',
    mode: 'closed',
    css,
    // Returned so that onRemove gets it and unmounts Preact, which removes the notice's window key listener.
    onMount: (root) => {
      render(<Notice message={t(MESSAGES[reason])} onDismiss={close} />, root);
      return root;
    },
    onRemove: (root) => root && render(null, root),
  });
  ui.mount();
  current = { ui, timer: ctx.setTimeout(close, NOTICE_MS) };
}
