import type { ToggleOutcome } from '../messaging';
import type { Article, ExtractFailureReason, ExtractResult } from '../extract';
import type { Settings } from '../settings/settings';

/** What the reader needs from its surroundings; the content script passes the real ones, tests fakes. */
export interface ReaderEnvironment {
  /** Asynchronous so that the checks before extraction and extraction itself can run as separate tasks. */
  extract(): ExtractResult | Promise<ExtractResult>;
  /** The settings one opening uses, read once: whether to hide clutter, and how the overlay first looks. */
  loadSettings(): Settings | Promise<Settings>;
  /**
   * Hides the page's clutter around the article (or not, as the user chose); returns the function that
   * restores the page. May be asynchronous, to hide in steps.
   */
  declutter(region: Element | null, settings: Settings): (() => void) | Promise<() => void>;
  /** Shows the overlay; `requestClose` is called when the user closes it. Returns the unmount function. */
  showOverlay(article: Article, requestClose: () => void, settings: Settings): Promise<() => void>;
  showNotice(reason: ExtractFailureReason): void;
  /** Remembers focus and scroll position; the returned function puts them back. */
  saveViewState(): () => void;
  /**
   * Opening gives up with the "too large" notice when extracting and hiding clutter took longer than
   * this, rather than keep the page busy any longer (default 3 s). Each step is bounded by the page
   * limits; this catches a page that is slow in a way they do not foresee.
   */
  timeBudgetMs?: number;
  now?: () => number;
}

const TIME_BUDGET_MS = 3000;

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

  const now = env.now ?? (() => Date.now());
  const budget = env.timeBudgetMs ?? TIME_BUDGET_MS;

  const fail = (reason: ExtractFailureReason): ToggleOutcome => {
    env.showNotice(reason);
    return reason;
  };

  const open = async (): Promise<ToggleOutcome> => {
    const started = now();
    const result = await env.extract();
    if (!result.ok) return fail(result.reason);
    if (now() - started > budget) return fail('too-large');
    const restoreView = env.saveViewState();
    const settings = await env.loadSettings();
    const restorePage = await env.declutter(result.region, settings);
    if (now() - started > budget) {
      restorePage();
      restoreView();
      return fail('too-large');
    }
    let unmount: () => void;
    try {
      unmount = await env.showOverlay(result.article, () => void enqueue(closeNow), settings);
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
