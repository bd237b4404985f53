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
 * Resolves in the task after the browser next draws the tab, or after `timeoutMs` where it does not draw
 * (a tab in the background runs no animation frames).
 */
export function afterNextPaint(timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    requestAnimationFrame(() => {
      void nextTask().then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  });
}
