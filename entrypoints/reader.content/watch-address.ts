import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The page's address without its #fragment: following a link inside the article is not leaving it. */
const address = () => location.href.replace(/#.*$/, '');

/** How often the address is compared where no event tells of `history.pushState` (Firefox). */
const POLL_MS = 400;

/**
 * Calls `onLeave` once when the page moves to another address without loading a new document: a
 * single-page site that pushes a new entry (history.pushState) or goes back while the reader shows the
 * article it had. Returns the function that stops watching.
 */
export function watchAddress(ctx: ContentScriptContext, onLeave: () => void): () => void {
  const start = address();
  const controller = new AbortController();
  let timer = 0;
  const stop = () => {
    controller.abort();
    clearInterval(timer);
  };
  const check = () => {
    if (address() === start) return;
    stop();
    onLeave();
  };
  const { signal } = controller;
  // Chromium's Navigation API reports pushState and replaceState as they happen.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', check, { signal });
  window.addEventListener('popstate', check, { signal });
  timer = ctx.setInterval(check, POLL_MS);
  return stop;
}
