import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import {
  sendToTab,
  type TabFailure,
  type TabMessage,
  type TabRequest,
  type TabResponse,
  type ToggleOutcome,
} from '../../core/messaging';
import { isToggleOutcome } from '../../core/reader/open-on-start';

/** The bundle path WXT gives the `reader.content` entrypoint. */
export const READER_SCRIPT = '/content-scripts/reader.js';
/** The `reader-open` script, injected just before the reader when it is to open as it starts. */
export const OPEN_ON_START_SCRIPT = '/reader-open.js';

/**
 * Chromium passes the click's activeTab grant on to the page's renderer a moment after `action.onClicked`
 * fires, and an injection that gets there first is refused with this message although the page is open to
 * us (about one first click in thirty in the end-to-end tests on a busy machine: a "!" badge and no reader).
 * Such a refusal is retried after a short wait; closed pages (chrome://, the web store) fail differently.
 */
const GRANT_NOT_YET_ARRIVED = /Cannot access contents of the page/;
// About 3 s in all: on a busy machine the grant has come later than the 0.75 s of the first three waits.
const INJECT_RETRY_MS = [50, 200, 500, 1000, 1500];

/** What Chromium and Firefox both say when no script in the tab listens: the reader is not there yet. */
const NO_READER = /Receiving end does not exist/;
/** The tab closed, or its page went away, while the reader was answering. */
const PAGE_GONE =
  /message (?:port|channel) (?:is )?closed|No tab with id|Invalid tab ID|Frame with ID \d+ was removed|page unloaded|Message manager disconnected/i;

const messageOf = (error: unknown) => String((error as Error | undefined)?.message ?? error);

/** The browser refused to put the reader in the tab: a page closed to extensions, or a tab that has gone. */
export class ReaderRefused extends Error {
  constructor(cause: unknown) {
    super(`The reader could not be injected: ${messageOf(cause)}`, { cause });
  }
}

/**
 * Injects `files` (the reader last) and returns what the reader's start answered, if anything. A page that
 * goes away while the reader opens in it is not a refusal.
 */
async function injectReader(tabId: number, files: ScriptPublicPath[]): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      const [injected] = await browser.scripting.executeScript({ target: { tabId }, files });
      return injected?.result;
    } catch (error) {
      if (PAGE_GONE.test(messageOf(error))) throw new PageGone(error);
      const wait = INJECT_RETRY_MS[attempt];
      if (wait === undefined || !GRANT_NOT_YET_ARRIVED.test(messageOf(error))) throw new ReaderRefused(error);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** The reader's answer, or null when no reader listens in the tab yet (any other error is passed on). */
async function answerOrNone<T>(asked: Promise<T>): Promise<{ answer: T } | null> {
  try {
    return { answer: await asked };
  } catch (error) {
    if (NO_READER.test(messageOf(error))) return null;
    throw error;
  }
}

/**
 * Asks the reader in a tab, injecting it first when no reader listens there (only then: an error the
 * reader itself throws comes back to the caller as it is, and is not mistaken for a closed page).
 * Throws `ReaderRefused` when the browser will not inject it.
 */
export async function askReader<K extends TabMessage>(
  tabId: number,
  name: K,
  data: TabRequest<K>,
): Promise<TabResponse<K>> {
  const before = await answerOrNone(sendToTab(tabId, name, data));
  if (before) return before.answer;
  await injectReader(tabId, [READER_SCRIPT]);
  return askInjected(tabId, name, data);
}

async function askInjected<K extends TabMessage>(
  tabId: number,
  name: K,
  data: TabRequest<K>,
): Promise<TabResponse<K>> {
  try {
    return await sendToTab(tabId, name, data);
  } catch (error) {
    // Injected, yet nobody listens: the tab closed in between (a reader that failed to start is a failure).
    if (NO_READER.test(messageOf(error)) && !(await tabExists(tabId))) throw new PageGone(error);
    throw error;
  }
}

/**
 * Toggles the reader in a tab, as `askReader` would; but where no reader listens yet, the reader is injected
 * to open as it starts (after `OPEN_ON_START_SCRIPT`) and its start answers the injection with the outcome,
 * a round trip sooner (core/reader/open-on-start.ts). A start that did not open (no answer) is asked as
 * before.
 */
export async function toggleInTab(tabId: number): Promise<ToggleOutcome | TabFailure> {
  const before = await answerOrNone(sendToTab(tabId, 'toggleReader', undefined));
  if (before) return before.answer;
  const answer = await injectReader(tabId, [OPEN_ON_START_SCRIPT, READER_SCRIPT]);
  if (isToggleOutcome(answer) || answer === 'failed') return answer;
  return askInjected(tabId, 'toggleReader', undefined);
}

const tabExists = (tabId: number) =>
  browser.tabs.get(tabId).then(
    () => true,
    () => false,
  );

class PageGone extends Error {
  constructor(cause: unknown) {
    super(`The tab went away: ${messageOf(cause)}`, { cause });
  }
}

/** Whether an error from `askReader` only means the page closed or moved on while the reader answered. */
export function isPageGone(error: unknown): boolean {
  return error instanceof PageGone || PAGE_GONE.test(messageOf(error));
}
