import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

export interface PreactShadowRootOptions {
  /** The custom element's name: `lectern-…`. */
  name: string;
  css: string;
  /** Where the host goes, last in it. */
  anchor: () => Element;
  /** Keeps the page's listeners from hearing keys and clicks inside (see WXT's `isolateEvents`). */
  isolateEvents?: boolean;
  /** Called with the root to render into when it is mounted, and with null once it is removed. */
  onRoot: (root: HTMLElement | null) => void;
}

/**
 * A closed shadow root of Lectern's own, last in `anchor()`, that Preact renders into. Removing it unmounts
 * Preact: the root is returned from `onMount` so that WXT hands it back to `onRemove`; without it the
 * components' effects never clean up (a close right after opening ran `showModal()` on a detached dialog,
 * and a notice's key listener stayed on the window).
 */
export function createPreactShadowRoot(
  ctx: ContentScriptContext,
  { name, css, anchor, isolateEvents = false, onRoot }: PreactShadowRootOptions,
): Promise<ShadowRootContentScriptUi<HTMLElement>> {
  return createShadowRootUi<HTMLElement>(ctx, {
    name,
    position: 'inline',
    anchor,
    append: 'last',
    mode: 'closed',
    isolateEvents,
    css,
    onMount: (root) => {
      onRoot(root);
      return root;
    },
    onRemove: (root) => {
      if (root) render(null, root);
      onRoot(null);
    },
  });
}
