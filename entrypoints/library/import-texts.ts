import { t, type MessageKey } from '../../core/i18n';
import type { FetchFailure } from '../../core/importers/fetch-outcome';
import { ImportFileError, type ImportFailure } from '../../core/importers/import-error';
import type { ImportFormat } from '../../core/importers/import-item';

const FILE_ERRORS: Record<ImportFailure, MessageKey> = {
  empty: 'importFileErrorEmpty',
  'too-large': 'importFileErrorTooLarge',
  'unknown-format': 'importFileErrorUnknown',
  'bad-header': 'importFileErrorHeader',
  'bad-encoding': 'importFileErrorEncoding',
  'bad-zip': 'importFileErrorZip',
  'unsafe-zip': 'importFileErrorUnsafeZip',
  'bad-data': 'importFileErrorData',
  'no-items': 'importFileErrorNoItems',
};

/** Why another service's file was refused, in the user's words (nothing was changed in every case). */
export function importFileErrorText(error: ImportFileError): string {
  return t(FILE_ERRORS[error.reason], error.detail || '—');
}

export { ImportFileError };

/** The services' names as their users know them. */
export const SERVICE_NAMES: Record<ImportFormat, string> = {
  'pocket-csv': 'Pocket',
  'pocket-html': 'Pocket',
  omnivore: 'Omnivore',
  instapaper: 'Instapaper',
  wallabag: 'wallabag',
  bookmarks: 'Bookmarks',
};

const FETCH_FAILURES: Record<Exclude<FetchFailure, 'http-status'>, MessageKey> = {
  timeout: 'fetchFailureTimeout',
  network: 'fetchFailureNetwork',
  'not-html': 'fetchFailureNotHtml',
  'unsupported-document': 'fetchFailureNotHtml',
  'no-article': 'fetchFailureNoArticle',
  'too-large': 'fetchFailureTooLarge',
  unavailable: 'fetchFailureUnavailable',
};

/** Why a link's page could not be read. */
export function fetchFailureText(reason: FetchFailure, status: number | null): string {
  if (reason === 'http-status') return t('fetchFailureStatus', String(status ?? '?'));
  return t(FETCH_FAILURES[reason]);
}
