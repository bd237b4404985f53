import { browser } from 'wxt/browser';

/**
 * How often a long task of the background tells the browser it is busy. Firefox suspends its event page once
 * it has handled no event and called no extension API for 30 s (`extensions.background.idle.timeout`), with
 * fetches pending or not, and Chrome's service worker has a like rule; this stays well inside that.
 */
export const AWAKE_EVERY_MS = 4000;

/** The cheapest extension API call: answered by the browser itself, which counts it as activity. */
const touchBrowser = async () => {
  await browser.runtime.getPlatformInfo();
};

/**
 * Runs `task` with the background kept running until it has ended, by calling an extension API now and
 * then. Without it, Firefox suspended its event page in the middle of keeping a saved article's pictures
 * (a picture site slower than the idle time) and the article kept none of them.
 */
export async function stayingAwake<T>(
  task: () => Promise<T>,
  touch: () => Promise<unknown> = touchBrowser,
  every = AWAKE_EVERY_MS,
): Promise<T> {
  const timer = setInterval(() => void touch().catch(() => undefined), every);
  try {
    return await task();
  } finally {
    clearInterval(timer);
  }
}
