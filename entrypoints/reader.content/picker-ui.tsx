import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from '../../components/picker.css?inline';
import { ArticlePicker, type PickerView } from '../../components/ArticlePicker';
import { isWholePage } from '../../core/extract';
import { t } from '../../core/i18n';
import { blockAt, stepFrom, stepOfKey } from '../../core/picker/block-steps';
import { describeBlock } from '../../core/picker/describe-block';
import { announcement } from './picker-announcement';
import { createPreactShadowRoot } from './preact-shadow-root';

/** On screen: laid out, visible and not empty. */
const shown = (el: Element): boolean => {
  const visible = (el as Element & { checkVisibility?: () => boolean }).checkVisibility?.() ?? true;
  if (!visible) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
};

/** Pointer events the page must not get while picking: a click chooses, it does not follow a link. */
const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'auxclick', 'dblclick'];

/**
 * Where to start without an article region: the block in the upper middle of the window, else the page's
 * first block (a short page leaves the middle of the window empty; the keys must still have somewhere to go).
 */
function firstGuess(): Element | null {
  const under = blockAt(document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 3), shown);
  const body = document.body;
  const first = body ? stepFrom(body, 'child', shown) : null;
  return under ?? (first === body ? null : first);
}

/**
 * Lets the user pick the article's block on the live page: the pointer or the arrow keys move an outline
 * drawn in Lectern's shadow root, Enter or a click chooses, Escape cancels. Resolves with the chosen
 * element, or null when cancelled or `signal` aborts. Every listener goes with the picker; the page's own
 * nodes are never written to.
 */
export async function pickOnPage(
  ctx: ContentScriptContext,
  start: Element | null,
  signal: AbortSignal,
): Promise<Element | null> {
  if (signal.aborted) return null;
  const controller = new AbortController();
  const listen = { capture: true, signal: controller.signal };
  const focusedBefore = document.activeElement as HTMLElement | null;
  let current = blockAt(start, shown) ?? firstGuess();
  let refusal = '';
  let container: HTMLElement | null = null;
  let settle: (el: Element | null) => void = () => {};
  const done = new Promise<Element | null>((resolve) => (settle = resolve));

  const view = (): PickerView => {
    if (!current) return { rect: null, status: t('pickNothing') };
    const { top, left, width, height } = current.getBoundingClientRect();
    return { rect: { top, left, width, height }, status: refusal || announcement(describeBlock(current)) };
  };
  const draw = () => {
    if (container)
      render(<ArticlePicker {...view()} onChoose={choose} onCancel={() => finish(null)} />, container);
  };
  const move = (to: Element | null) => {
    if (to === current) return;
    current = to;
    refusal = '';
    draw();
  };
  function choose(): void {
    if (!current) return;
    if (isWholePage(current)) {
      refusal = t('pickWholePage');
      draw();
      return;
    }
    finish(current);
  }

  const ui = await createPreactShadowRoot(ctx, {
    name: 'lectern-picker',
    anchor: () => document.body ?? document.documentElement,
    css,
    onRoot: (root) => {
      container = root;
      draw();
    },
  });
  const fromPicker = (event: Event) => event.composedPath().includes(ui.shadowHost);
  function finish(el: Element | null): void {
    controller.abort();
    ui.remove();
    if (!el && focusedBefore?.isConnected) focusedBefore.focus({ preventScroll: true });
    settle(el);
  }

  signal.addEventListener('abort', () => finish(null), { signal: controller.signal });
  window.addEventListener(
    'keydown',
    (event) => {
      const step = stepOfKey(event.key, document.dir === 'rtl');
      const onButton = fromPicker(event) && ui.shadow.activeElement?.tagName === 'BUTTON';
      if (event.key === 'Escape') finish(null);
      else if (event.key === 'Enter' && !onButton) choose();
      else if (step && current) {
        move(stepFrom(current, step, shown));
        current?.scrollIntoView({ block: 'nearest' });
      } else if (step && !current) move(firstGuess());
      else return;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    listen,
  );
  window.addEventListener(
    'mousemove',
    (event) => {
      if (!fromPicker(event)) move(blockAt(event.target as Element, shown) ?? current);
    },
    { ...listen, passive: true },
  );
  for (const type of SWALLOWED) {
    window.addEventListener(
      type,
      (event) => {
        if (fromPicker(event)) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        if (type === 'click') {
          move(blockAt(event.target as Element, shown) ?? current);
          choose();
        }
      },
      listen,
    );
  }
  // The outline follows the block as the page scrolls or the window changes size.
  window.addEventListener('scroll', draw, { ...listen, passive: true });
  window.addEventListener('resize', draw, listen);
  ctx.onInvalidated(() => finish(null));
  ui.mount();
  return done;
}
