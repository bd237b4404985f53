import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import css from '../../components/reader.css?inline';
import fixCss from '../../components/fix-page.css?inline';
import { Notice } from '../../components/Notice';
import { t, type MessageKey } from '../../core/i18n';
import type { ExtractFailureReason } from '../../core/extract';
import { createPreactShadowRoot } from './preact-shadow-root';

const NOTICE_MS = 4000;
const NOTICE_WITH_ACTION_MS = 10_000;
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

/**
 * Shows a small notice that closes by itself after a few seconds, or with Escape or its button; `pick`
 * adds "Pick the article" (and gives the user longer to reach it).
 */
export async function showNotice(
  ctx: ContentScriptContext,
  reason: keyof typeof MESSAGES,
  pick?: () => void,
): Promise<void> {
  dismiss();
  const close = () => dismiss();
  const action = pick && {
    label: t('noticePick'),
    onClick: () => {
      dismiss();
      pick();
    },
  };
  const ui = await createPreactShadowRoot(ctx, {
    name: 'lectern-notice',
    anchor,
    css: css + fixCss,
    onRoot: (root) => {
      if (root) render(<Notice message={t(MESSAGES[reason])} onDismiss={close} action={action} />, root);
    },
  });
  ui.mount();
  current = { ui, timer: ctx.setTimeout(close, pick ? NOTICE_WITH_ACTION_MS : NOTICE_MS) };
}
