/**
 * Scripts evaluated in the bench's own isolated world in each page (never the page's world, never the
 * extension's). They are plain JavaScript strings rather than serialised TypeScript functions so that no
 * transpiler helper ends up in them.
 */

/** The elements the reader and its notice mount in the page. */
export const HOSTS = ['LECTERN-READER', 'LECTERN-NOTICE'];

export interface ToggleTiming {
  kind: 'opened' | 'notice' | 'timeout';
  /** From the click to the host element being in the page (a MutationObserver sees it). */
  hostMs: number | null;
  /** From the click to the end of the first frame that shows the reader (or the notice). */
  paintedMs: number | null;
}

/**
 * Installed just before the toolbar click; `globalThis.lecternBench.done` resolves with a ToggleTiming.
 *
 * How "painted" is seen without any hook in the extension: a MutationObserver notes when the host element
 * is inserted. The reader's <dialog> sits in a closed shadow root, but once `showModal()` has put it in the
 * top layer it covers the viewport (`position: fixed; inset: 0`), so hit testing the middle of the viewport
 * returns its host (retargeted out of the shadow root). That check runs in a requestAnimationFrame callback,
 * i.e. on the layout of the frame about to be drawn; the first frame where it holds is the one that shows the
 * reader, and a message posted from that callback runs once the frame's rendering update (style, layout,
 * paint) is done: the usual "after next paint" point. The notice does not cover the page, so for it the first
 * frame after its host appears is taken. Hit testing was preferred over CDP (DOM.describeNode with pierce, or
 * the accessibility tree) because those need round trips from Node, whose latency would be measured too, and
 * over tracing because matching trace paint events to the overlay is indirect.
 *
 * The clock starts when this script runs; the click is sent right after it returns, so the figure includes
 * one DevTools round trip (about a millisecond) before the click: it errs on the long side.
 */
export function toggleProbe(timeoutMs: number): string {
  return `(() => {
  const hosts = ${JSON.stringify(HOSTS)};
  const t0 = performance.now();
  let settle;
  const done = new Promise((resolve) => (settle = resolve));
  let host = null;
  let hostMs = null;
  const afterPaint = (kind) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => settle({ kind, hostMs, paintedMs: performance.now() - t0 });
    channel.port2.postMessage(null);
  };
  const nextFrame = () =>
    requestAnimationFrame(() => {
      if (host.tagName === 'LECTERN-NOTICE') return afterPaint('notice');
      const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      if (hit === host) afterPaint('opened');
      else nextFrame();
    });
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType === 1 && hosts.includes(node.tagName)) {
          host = node;
          hostMs = performance.now() - t0;
          observer.disconnect();
          nextFrame();
          return;
        }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  setTimeout(() => {
    observer.disconnect();
    settle({ kind: 'timeout', hostMs, paintedMs: null });
  }, ${timeoutMs});
  globalThis.lecternBench = { done };
})()`;
}

export const WAIT_FOR_TOGGLE = 'globalThis.lecternBench.done';

/** Resolves with the page's outerHTML two frames after neither host is left in it, or null on timeout. */
export function htmlAfterClose(timeoutMs: number): string {
  return `new Promise((resolve) => {
  const deadline = performance.now() + ${timeoutMs};
  const tick = () => {
    if (!document.querySelector('lectern-reader, lectern-notice'))
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.documentElement.outerHTML)));
    else if (performance.now() > deadline) resolve(null);
    else setTimeout(tick, 20);
  };
  tick();
})`;
}

export const PAGE_HTML = 'document.documentElement.outerHTML';

export interface ReadabilityTiming {
  cloneMs: number;
  parseMs: number;
  found: boolean;
}

/**
 * Plain Readability the way a reader must run it on a live page: on a copy, since `parse()` rewrites the
 * document it is given. Copy and parse are timed apart; the comparison uses both together, because Lectern's
 * toggle also copies the page before Readability runs on it.
 */
export const TIME_READABILITY = `(() => {
  const t0 = performance.now();
  const copy = document.cloneNode(true);
  const t1 = performance.now();
  const article = new Readability(copy).parse();
  const t2 = performance.now();
  return { cloneMs: t1 - t0, parseMs: t2 - t1, found: !!article };
})()`;
