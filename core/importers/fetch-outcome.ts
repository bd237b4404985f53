import type { ArticlePayload } from '../library/record';

/**
 * Why a link's page could not be read; each is kept with the link and shown to the user. `http-status`
 * comes with the status code; `no-article` and `too-large` are the reader's own outcomes.
 */
export type FetchFailure =
  | 'timeout'
  | 'network'
  | 'http-status'
  | 'not-html'
  | 'no-article'
  | 'too-large'
  | 'unsupported-document'
  | 'unavailable';

export type FetchOutcome =
  { ok: true; payload: ArticlePayload } | { ok: false; reason: FetchFailure; status?: number };
