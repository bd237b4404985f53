import type { Browser } from 'wxt/browser';
import { isValidPayload } from '../../core/library/article-fields';

/**
 * The checks every background handler makes of a request, in one place: requests come from contexts that
 * may speak for a hostile page, so nothing is taken on trust.
 */

/** Tells the reader in the tab a framed page (save popup, highlight editor) sits in; a tab that has gone meanwhile needs no telling. */
export function tellTab(
  sender: Browser.runtime.MessageSender,
  send: (tabId: number) => Promise<void>,
): Promise<void> {
  const tabId = sender.tab?.id;
  return tabId === undefined ? Promise.resolve() : send(tabId).catch(() => undefined);
}

export const isId = (id: unknown): id is string =>
  typeof id === 'string' && id.length > 0 && id.length <= 200;
export const isTabId = (tabId: unknown): tabId is number => Number.isInteger(tabId) && (tabId as number) >= 0;
/** The request's fields, whatever was sent (`undefined`, a string, an array...). */
export const fields = (data: unknown): Record<string, unknown> =>
  typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};

/** The page the content script runs in, as the browser (not the page) reports it. */
function senderOrigin(sender: Browser.runtime.MessageSender): string | null {
  try {
    return sender.url ? new URL(sender.url).origin : null;
  } catch {
    return null;
  }
}

/** A payload for the page the content script runs in, naming an address that page may claim. */
export function isPayloadOfSender(payload: unknown, sender: Browser.runtime.MessageSender): boolean {
  if (!isValidPayload(payload)) return false;
  return senderOrigin(sender) === new URL(payload.url).origin;
}
