/**
 * Why a file could not be imported; the library page says each in words, and in every case nothing was
 * changed. `detail` says where (a line, a file name in a ZIP) when that helps the user.
 */
export type ImportFailure =
  | 'empty'
  | 'too-large'
  | 'unknown-format'
  | 'bad-header'
  | 'bad-encoding'
  | 'bad-zip'
  | 'unsafe-zip'
  | 'bad-data'
  | 'no-items';

export class ImportFileError extends Error {
  override name = 'ImportFileError';

  constructor(
    readonly reason: ImportFailure,
    readonly detail = '',
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}
