import type { ToggleOutcome } from '../messaging';
import type { Article, ExtractResult } from '../extract';

/** What the reader needs from its surroundings; the content script passes the real ones, tests fakes. */
export interface ReaderEnvironment {
  extract(): ExtractResult;
  /**
   * Hides the page's clutter around the article (or not, as the user chose); returns the function that
   * restores the page. Asynchronous because the choice is read from settings.
   */
  declutter(region: Element | null): (() => void) | Promise<() => void>;
  /** Shows the overlay; `requestClose` is called when the user closes it. Returns the unmount function. */
  showOverlay(article: Article, requestClose: () => void): Promise<() => void>;
  showNotice(reason: Exclude<ToggleOutcome, 'opened' | 'closed'>): void;
  /** Remembers focus and scroll position; the returned function puts them back. */
  saveViewState(): () => void;
}

export interface ReaderSession {
  toggle(): Promise<ToggleOutcome>;
  close(): Promise<ToggleOutcome>;
  isOpen(): boolean;
}

/**
 * The reader's open/close state machine. Every request waits for the one before it, so a toggle that
 * arrives while the overlay is still opening closes it afterwards: there is never more than one overlay.
 */
export function createReaderSession(env: ReaderEnvironment): ReaderSession {
  let teardown: (() => void) | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const enqueue = (step: () => Promise<ToggleOutcome>): Promise<ToggleOutcome> => {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  };

  const open = async (): Promise<ToggleOutcome> => {
    const result = env.extract();
    if (!result.ok) {
      env.showNotice(result.reason);
      return result.reason;
    }
    const restoreView = env.saveViewState();
    const restorePage = await env.declutter(result.region);
    let unmount: () => void;
    try {
      unmount = await env.showOverlay(result.article, () => void enqueue(closeNow));
    } catch (error) {
      restorePage();
      restoreView();
      throw error;
    }
    teardown = () => {
      unmount();
      restorePage();
      restoreView();
    };
    return 'opened';
  };

  const closeNow = async (): Promise<ToggleOutcome> => {
    const done = teardown;
    teardown = null;
    done?.();
    return 'closed';
  };

  return {
    toggle: () => enqueue(() => (teardown ? closeNow() : open())),
    close: () => enqueue(closeNow),
    isOpen: () => teardown !== null,
  };
}
