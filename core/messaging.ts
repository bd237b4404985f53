import { browser, type Browser } from 'wxt/browser';

/**
 * The one typed protocol between Lectern's contexts. Each map names who answers; each entry is a request
 * and its response. Payloads are plain data (structured-clone safe); nothing is `any`.
 */
export type ToggleOutcome = 'opened' | 'closed' | 'no-article' | 'too-large' | 'unsupported-document';

/** Handled by the reader content script in a tab; sent by the background. */
export interface ContentProtocol {
  toggleReader: { request: undefined; response: ToggleOutcome };
}

type Envelope<P, K extends keyof P> = { lectern: K; data: P[K] extends { request: infer R } ? R : never };
type Request<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
type Response<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

export type Handlers<P> = {
  [K in keyof P]: (
    data: Request<P, K>,
    sender: Browser.runtime.MessageSender,
  ) => Response<P, K> | Promise<Response<P, K>>;
};

export function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  name: K,
  data: Request<ContentProtocol, K>,
): Promise<Response<ContentProtocol, K>> {
  const envelope: Envelope<ContentProtocol, K> = { lectern: name, data };
  return browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }) as Promise<Response<ContentProtocol, K>>;
}

/** Only Lectern's own background and extension pages may command a content script. */
export function isFromExtension(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !sender.tab;
}

function isEnvelope(message: unknown): message is { lectern: string; data: unknown } {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { lectern?: unknown }).lectern === 'string'
  );
}

/**
 * Answers the messages of protocol `P`. Messages from senders that `isTrusted` rejects, and messages that
 * are not Lectern's, are left unanswered. Returns a function that removes the listener.
 */
export function handleMessages<P>(
  handlers: Handlers<P>,
  isTrusted: (sender: Browser.runtime.MessageSender) => boolean,
): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
  ): Promise<unknown> | undefined => {
    if (!isEnvelope(message) || !isTrusted(sender)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(handlers, message.lectern)) return undefined;
    const handler = handlers[message.lectern as keyof P] as (data: unknown, s: typeof sender) => unknown;
    return Promise.resolve().then(() => handler(message.data, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
