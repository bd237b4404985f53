import type { ToggleOutcome } from '../messaging';
import type { Article, Confidence, ExtractFailureReason, ExtractResult } from '../extract';
import type { Settings } from '../settings/settings';
import type { NextPage } from '../extract';
import type { NextPagesLoader } from './next-pages';
import type { SiteRuleChannel } from '../settings/site-rules';

/** What the reader needs from its surroundings; the content script passes the real ones, tests fakes. */
export interface ReaderEnvironment {
  /** Asynchronous so that the checks before extraction and extraction itself can run as separate tasks. */
  extract(): ExtractResult | Promise<ExtractResult>;
  /**
   * The settings one opening uses, read once (while extraction runs): whether to hide clutter, and how the
   * overlay first looks.
   */
  loadSettings(): Settings | Promise<Settings>;
  /**
   * Hides the page's clutter around the article (or not, as the user chose); returns the function that
   * restores the page. Called once the overlay is shown; may be asynchronous, to hide in steps, and then
   * hides nothing once `signal` has aborted (the reader closed first).
   */
  declutter(
    region: Element | null,
    settings: Settings,
    signal: AbortSignal,
  ): (() => void) | Promise<() => void>;
  /** Shows the overlay; `requestClose` is called when the user closes it. Returns the unmount function. */
  showOverlay(
    article: Article,
    requestClose: () => void,
    settings: Settings,
    shown: ShownExtraction,
  ): Promise<() => void>;
  /** `requestPick` is given where the user can pick the article themselves (no article found). */
  showNotice(reason: ExtractFailureReason, requestPick?: () => void): void;
  /**
   * Lets the user pick the article on the live page, starting at `start`; resolves with the element they
   * chose, or null when they cancelled or `signal` aborted. Left out where there is no picker.
   */
  pick?(start: Element | null, signal: AbortSignal): Promise<Element | null>;
  /** The article in a picked element, through the same sanitize/normalise steps as every article. */
  extractPicked?(el: Element, shownBefore: Article | null): ExtractResult;
  /**
   * The region the user's rule for this site finds on the page: null when the site has no rule, `missing`
   * when it has one that finds nothing usable here (the site changed). Left out where there are no rules.
   */
  siteRule?(): Promise<Element | 'missing' | null>;
  /** Remembers focus and scroll position; the returned function puts them back. */
  saveViewState(): () => void;
  /**
   * Opening gives up with the "too large" notice when extracting took longer than this, rather than keep
   * the page busy any longer (default 3 s); hiding the clutter that ends past it is given up too (the page
   * is put back), while the reader stays. Each step is bounded by the page limits; this catches a page
   * that is slow in a way they do not foresee.
   */
  timeBudgetMs?: number;
  now?: () => number;
}

const TIME_BUDGET_MS = 3000;

/** What the overlay needs to know about the extraction it shows, and how to ask for a better one. */
export interface ShownExtraction {
  confidence: Confidence;
  /** The user picked this article themselves. */
  picked: boolean;
  /**
   * The site's rule chose the region (`applied`), or it found nothing usable and the automatic extraction
   * is shown instead (`missing`); null without a rule.
   */
  rule: 'applied' | 'missing' | null;
  /** The live element the article came from, when known (what a new rule would remember). */
  region: Element | null;
  /** Closes the reader and starts the picker; absent where there is none. */
  requestPick?: () => void;
  /** The page's link to its next page, when extraction found it already (undefined: not looked for). */
  nextPage?: NextPage | null;
  /** The article's next pages, when the page links them (added by the content script). */
  nextPages?: NextPagesLoader | null;
  /** Remembers or forgets this site's rule (added by the content script; absent on a page without a host). */
  siteRule?: SiteRuleChannel | null;
}

export interface ReaderSession {
  toggle(): Promise<ToggleOutcome>;
  close(): Promise<ToggleOutcome>;
  /** Closes the reader if open and lets the user pick the article; cancelling goes back to what was shown. */
  pick(): Promise<ToggleOutcome>;
  isOpen(): boolean;
}

/**
 * The reader's open/close state machine. Every request waits for the one before it, so a toggle that
 * arrives while the overlay is still opening closes it afterwards: there is never more than one overlay.
 */
export function createReaderSession(env: ReaderEnvironment): ReaderSession {
  let teardown: (() => void) | null = null;
  /** The article on screen and where it came from, for the picker's start and the picked one's metadata. */
  let shownNow: { article: Article; region: Element | null } | null = null;
  let picking: AbortController | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const enqueue = (step: () => Promise<ToggleOutcome>): Promise<ToggleOutcome> => {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  };

  const now = env.now ?? (() => Date.now());
  const budget = env.timeBudgetMs ?? TIME_BUDGET_MS;

  const requestPick = env.pick ? () => void enqueue(pickNow) : undefined;

  const fail = (reason: ExtractFailureReason): ToggleOutcome => {
    env.showNotice(reason, reason === 'no-article' ? requestPick : undefined);
    return reason;
  };

  /**
   * The article the site's rule finds (`found`, from env.siteRule), or `missing` when the rule finds
   * nothing here, or only the whole page, or a region without text; null without a rule. Either way the
   * reader still opens.
   */
  const byRule = (found: Element | 'missing' | null): ExtractResult | 'missing' | null => {
    if (found === null || found === 'missing') return found;
    if (!env.extractPicked) return null;
    const result = env.extractPicked(found, null);
    return result.ok ? result : 'missing';
  };

  const open = async (
    extract: (() => ExtractResult | Promise<ExtractResult>) | null = null,
    picked = false,
  ): Promise<ToggleOutcome> => {
    // The site's rule is read from storage while the page is read: the automatic reading is what almost
    // every page uses, and waiting for the storage's answer before starting it was time the user saw
    // nothing happen. Where a rule finds the article, the rule's reading is the one shown.
    const ruleRead = !extract && env.siteRule ? env.siteRule() : Promise.resolve(null);
    ruleRead.catch(() => undefined);
    const started = now();
    // Read while the page is read: the storage's answer comes from another process, and waiting for it
    // after extraction was time the user saw nothing happen.
    const settingsRead = Promise.resolve().then(() => env.loadSettings());
    settingsRead.catch(() => undefined);
    let rule: ShownExtraction['rule'] = null;
    let result: ExtractResult;
    if (extract) result = await extract();
    else {
      const automatic = Promise.resolve().then(() => env.extract());
      automatic.catch(() => undefined);
      const ruled = byRule(await ruleRead.catch(() => null));
      rule = ruled === null ? null : ruled === 'missing' ? 'missing' : 'applied';
      result = ruled === null || ruled === 'missing' ? await automatic : ruled;
    }
    if (!result.ok) return fail(result.reason);
    if (now() - started > budget) return fail('too-large');
    const restoreView = env.saveViewState();
    const settings = await settingsRead;
    // The reader is drawn first and the clutter beneath it hidden after: hiding makes the browser lay the
    // page out again, which the user does not see under the reader and should not wait for.
    let unmount: () => void;
    try {
      unmount = await env.showOverlay(result.article, () => void enqueue(closeNow), settings, {
        confidence: result.confidence,
        picked,
        rule,
        region: result.region,
        requestPick,
        ...(result.nextPage !== undefined ? { nextPage: result.nextPage } : {}),
      });
    } catch (error) {
      restoreView();
      throw error;
    }
    // Hidden in the background once the reader is up: a close meanwhile stops it, and puts back whatever
    // it hid after all.
    const hiding = new AbortController();
    const { region } = result;
    let restorePage: (() => void) | null = null;
    const putBack = (restore: () => void) => {
      if (hiding.signal.aborted || now() - started > budget) restore();
      else restorePage = restore;
    };
    void Promise.resolve()
      .then(() => env.declutter(region, settings, hiding.signal))
      .then(putBack, (error: unknown) => console.error('Lectern: hiding the clutter failed.', error));
    shownNow = { article: result.article, region };
    teardown = () => {
      shownNow = null;
      hiding.abort();
      unmount();
      restorePage?.();
      restorePage = null;
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

  async function pickNow(): Promise<ToggleOutcome> {
    const { pick, extractPicked } = env;
    if (!pick || !extractPicked) return 'closed';
    const before = shownNow;
    await closeNow();
    const controller = new AbortController();
    picking = controller;
    const chosen = await pick(before?.region ?? null, controller.signal).finally(() => (picking = null));
    // Cancelled: back to the reader it was started from. Stopped by a toggle or close: stays closed.
    if (!chosen) return before && !controller.signal.aborted ? open() : 'closed';
    return open(() => extractPicked(chosen, before?.article ?? null), true);
  }

  /** A toggle or close while the picker is up ends the picker first (it would hold the queue otherwise). */
  const stopPicking = () => picking?.abort();

  return {
    toggle: () => {
      const wasPicking = picking !== null;
      stopPicking();
      return enqueue(() => (teardown || wasPicking ? closeNow() : open()));
    },
    close: () => {
      stopPicking();
      return enqueue(closeNow);
    },
    pick: () => enqueue(pickNow),
    isOpen: () => teardown !== null,
  };
}
