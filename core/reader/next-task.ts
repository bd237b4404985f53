/**
 * Resolves in a later task, so that the browser can draw and handle input between two pieces of the
 * reader's work on a large page.
 *
 * A posted message rather than `setTimeout(0)`: from the fifth nested timer on, browsers hold a timeout
 * back at least 4 ms, and the reader's steps chain one task after another (limits, extraction, the clutter
 * walk in steps), so those clamps were time the user waited with nothing to do. Not `scheduler.yield()`
 * either: its continuation runs ahead of the page's own tasks, which would starve the page's timers while
 * the reader works.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves in the first idle moment after the browser next draws the tab (so what runs then delays neither
 * that frame nor the tasks already waiting), or after `timeoutMs` at the latest: a tab in the background
 * runs no animation frames, and a busy one may have no idle moment.
 */
export function idleAfterNextPaint(timeoutMs = 150): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(done, { timeout: timeoutMs });
      else void nextTask().then(done);
    });
  });
}
