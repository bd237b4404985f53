import { browser, type Browser } from 'wxt/browser';
import type { ExtractFailureReason } from './extract';
import type { Highlight, HighlightColor, HighlightMark } from './annotate/highlight';
import type { HighlightTarget } from './annotate/selectors';
import type { FetchOutcome } from './importers/fetch-outcome';
import type { ImportProgress } from './library/import-progress';
import type { ArticlePayload, SavedArticle, SaveFailure, SaveResult } from './library/record';
import type { SyncAccount, SyncStatus } from './sync/account';

/**
 * The one typed protocol between Lectern's contexts. Each map names who answers; each entry is a request
 * and its response. Payloads are plain data (structured-clone safe); nothing is `any`.
 */
/** What a toggle did: opened, closed, or why there was nothing to open (the one failure union, from extract). */
export type ToggleOutcome = 'opened' | 'closed' | ExtractFailureReason;

/** The browser would not put the reader in the tab (a page closed to extensions), or the reader failed. */
export type TabFailure = 'restricted' | 'failed';
/** Why saving a tab's article failed: the reader could not give it, or the library did not take it. */
export type TabSaveFailure = ExtractFailureReason | TabFailure | SaveFailure;
export type TabSaveResult = SaveResult | { ok: false; reason: TabSaveFailure };

/** Handled by the reader content script in a tab; sent by the background. */
export interface ContentProtocol {
  toggleReader: { request: undefined; response: ToggleOutcome };
}

/** Also handled by the reader content script: its part in the reading list. */
export interface LibraryContentProtocol {
  /** Extracts the page's article for the library without opening the reader. */
  extractForSave: {
    request: undefined;
    response: { ok: true; article: ArticlePayload } | { ok: false; reason: ExtractFailureReason };
  };
  /** The library entry of this page changed elsewhere (the save popup removed it). */
  savedStateChanged: { request: { id: string | null }; response: void };
  /** The save popup asked to be closed (Escape or its Done button). */
  closeSavePopup: { request: undefined; response: void };
}

/** Also handled by the reader content script: its part in highlights. */
export interface HighlightContentProtocol {
  /** This page's highlights changed in a framed page (a note, a colour, a removal, an Undo). */
  highlightsChanged: { request: undefined; response: void };
  /** The highlights list asked the reader to scroll to one. */
  showHighlight: { request: { id: string }; response: void };
}

type TabProtocol = ContentProtocol & LibraryContentProtocol & HighlightContentProtocol;

/** Handled by the background; sent by Lectern's content script in a tab. */
export interface ReaderToBackground {
  saveArticle: { request: ArticlePayload; response: SaveResult };
  /** The id of this page's library entry, if it is saved. */
  lookupSaved: { request: { canonicalUrl: string }; response: string | null };
  /** The bundled font's files (base64), for a reader whose user chose that font. */
  bundledFontFiles: { request: undefined; response: Array<{ weight: string; base64: string }> };
}

/** Handled by the background; sent by the reader content script about its page's highlights. */
export interface ReaderHighlightsToBackground {
  /** What the reader draws of this page's highlights: never their notes. */
  getHighlightMarks: { request: { canonicalUrl: string }; response: HighlightMark[] };
  /** Highlights a passage, saving the page's article first when it is not saved yet. */
  addHighlight: { request: HighlightRequest; response: AddHighlightResult };
}

export interface HighlightRequest {
  article: ArticlePayload;
  target: HighlightTarget;
  color: HighlightColor;
}

export type AddHighlightResult =
  | { ok: true; mark: HighlightMark; articleId: string; savedNow: boolean }
  | { ok: false; reason: SaveFailure };

/** What the save popup shows: the entry's editable fields and the user's tags for suggestions. */
export interface SaveDetails {
  id: string;
  title: string;
  tags: string[];
  knownTags: string[];
}

/** Handled by the background; sent by Lectern's own extension pages (popup, save popup, reading list). */
export interface PagesToBackground {
  getSaveDetails: { request: { id: string }; response: SaveDetails | null };
  getSavedArticle: { request: { id: string }; response: SavedArticle | null };
  updateSaved: { request: { id: string; title?: string; tags?: string[] }; response: boolean };
  /** Removes the entry; the tab the save popup sits in is told, so its Save button turns back. */
  removeSaved: { request: { id: string }; response: boolean };
  /** Sent by the save popup from inside a tab: closes it there. */
  closeSavePopup: { request: undefined; response: void };
  /** The toolbar popup's buttons, for the tab it was opened over. */
  saveTab: { request: { tabId: number }; response: TabSaveResult };
  readTab: { request: { tabId: number }; response: void };
}

/** Handled by the background; sent by Lectern's own pages about highlights (the only ones to see notes). */
export interface PagesHighlightsToBackground {
  /** The highlight editor and list, framed in the reader (they alone show notes). */
  getHighlight: { request: { id: string }; response: Highlight | null };
  getArticleHighlights: { request: { articleId: string }; response: Highlight[] };
  updateHighlight: {
    request: { id: string; color?: HighlightColor; note?: string };
    response: boolean;
  };
  removeHighlight: { request: { id: string }; response: Highlight | null };
  restoreHighlight: { request: Highlight; response: boolean };
  /** Sent by the highlights list from inside a tab: the reader there scrolls to the highlight. */
  jumpToHighlight: { request: { id: string }; response: void };
}

/** Handled by the background's import queue; sent by the reading list: how far it is, and its buttons. */
export interface ImportToBackground {
  importProgress: { request: undefined; response: ImportProgress };
  startFetching: { request: undefined; response: ImportProgress };
  pauseFetching: { request: undefined; response: ImportProgress };
  cancelFetching: { request: undefined; response: ImportProgress };
  retryFailed: { request: undefined; response: ImportProgress };
  /** The user has read the summary: the finished entries go. */
  dismissImport: { request: undefined; response: ImportProgress };
}

/** Handled by the background's sync; sent by the options page, which asked for the server's site access. */
export interface SyncToBackground {
  /** Checks the server and starts syncing with it; the account is kept in local storage. */
  startSync: { request: SyncAccount; response: SyncStatus };
  syncNow: { request: undefined; response: SyncStatus };
  /** Logs in again (a session login the server ended) with the password just typed, then syncs. */
  logInToSync: { request: { password: string }; response: SyncStatus };
  /** Creates the missing database (the user said so), then syncs. */
  createSyncDatabase: { request: undefined; response: SyncStatus };
  /** Stops syncing and forgets the account; the reading list stays as it is. */
  stopSync: { request: undefined; response: SyncStatus };
}

/** Handled by the offscreen document (Chrome); sent by the background, which has no DOMParser there. */
export interface BackgroundToOffscreen {
  fetchPageForImport: { request: { url: string }; response: FetchOutcome };
}

export type BackgroundProtocol = ReaderToBackground &
  PagesToBackground &
  ReaderHighlightsToBackground &
  PagesHighlightsToBackground &
  ImportToBackground &
  SyncToBackground;

type Envelope<P, K extends keyof P> = { lectern: K; data: P[K] extends { request: infer R } ? R : never };
type Request<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
type Response<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

export type Handlers<P> = {
  [K in keyof P]: (
    data: Request<P, K>,
    sender: Browser.runtime.MessageSender,
  ) => Response<P, K> | Promise<Response<P, K>>;
};

export type TabMessage = keyof TabProtocol;
export type TabRequest<K extends TabMessage> = Request<TabProtocol, K>;
export type TabResponse<K extends TabMessage> = Response<TabProtocol, K>;

export function sendToTab<K extends keyof TabProtocol>(
  tabId: number,
  name: K,
  data: Request<TabProtocol, K>,
): Promise<Response<TabProtocol, K>> {
  const envelope: Envelope<TabProtocol, K> = { lectern: name, data };
  return browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }) as Promise<Response<TabProtocol, K>>;
}

export function sendToOffscreen<K extends keyof BackgroundToOffscreen>(
  name: K,
  data: Request<BackgroundToOffscreen, K>,
): Promise<Response<BackgroundToOffscreen, K>> {
  const envelope: Envelope<BackgroundToOffscreen, K> = { lectern: name, data };
  return browser.runtime.sendMessage(envelope) as Promise<Response<BackgroundToOffscreen, K>>;
}

export function sendToBackground<K extends keyof BackgroundProtocol>(
  name: K,
  data: Request<BackgroundProtocol, K>,
): Promise<Response<BackgroundProtocol, K>> {
  const envelope: Envelope<BackgroundProtocol, K> = { lectern: name, data };
  return browser.runtime.sendMessage(envelope) as Promise<Response<BackgroundProtocol, K>>;
}

const extensionProtocol = () => new URL(browser.runtime.getURL('/')).protocol;

/**
 * Lectern's own content script in a web page: our extension id, in a tab's top frame (the only frame the
 * reader is ever injected into), from a page that is not one of ours. It speaks for a page that may be
 * hostile, so it may only save what it extracted and ask about it.
 */
export function isFromOwnContentScript(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || !sender.url) return false;
  if (sender.frameId !== 0) return false;
  return new URL(sender.url).protocol !== extensionProtocol();
}

/**
 * Lectern's own extension pages (popup, reading list, and the save popup framed inside a tab): our id and
 * our extension origin's scheme. The save popup may have the per-session dynamic origin, hence the scheme.
 */
export function isFromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || !sender.url) return false;
  return new URL(sender.url).protocol === extensionProtocol();
}

/**
 * Only Lectern's own background may command a content script: our id, no tab, and (when the browser says
 * where it comes from) our extension origin.
 */
export function isFromExtension(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || sender.tab) return false;
  return !sender.url || new URL(sender.url).protocol === extensionProtocol();
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
