import { t, type MessageKey } from '../../core/i18n';
import type { ArticlePictures, PictureLeftOut } from '../../core/library/pictures/record';

const REASONS: Record<PictureLeftOut, MessageKey> = {
  'no-access': 'pictureReasonNoAccess',
  'too-large': 'pictureReasonTooLarge',
  'article-cap': 'pictureReasonArticleCap',
  'library-cap': 'pictureReasonLibraryCap',
  failed: 'pictureReasonFailed',
  'not-image': 'pictureReasonNotImage',
};

interface Props {
  record: ArticlePictures | undefined;
  /** The addresses of the pictures that show nothing now. */
  leftOut: readonly string[];
  loading: boolean;
  failed: number;
  onLoad: () => void;
}

/** Why reasons apply to the pictures still left out, most common first. */
function reasonsOf(record: ArticlePictures, leftOut: ReadonlySet<string>): string {
  const counts = new Map<PictureLeftOut, number>();
  for (const ref of record.refs) {
    if ('leftOut' in ref && leftOut.has(ref.src)) counts.set(ref.leftOut, (counts.get(ref.leftOut) ?? 0) + 1);
  }
  return Array.from(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([reason]) => t(REASONS[reason]))
    .join('; ');
}

/**
 * The note above a saved copy whose pictures are not all kept: how many and why, and "Load remote pictures",
 * the one way the reading list fetches anything for an article.
 */
export function PicturesNote({ record, leftOut, loading, failed, onLoad }: Props) {
  if (leftOut.length === 0 && failed === 0) return null;
  const reasons = record ? reasonsOf(record, new Set(leftOut)) : '';
  return (
    <aside class="pictures-note" aria-label={t('picturesLoadRemote')}>
      <p>{reasons ? t('picturesLeftOut', [String(leftOut.length), reasons]) : t('picturesNotKept')}</p>
      {failed > 0 && <p>{t('picturesLoadFailed', String(failed))}</p>}
      {leftOut.length > 0 && (
        <p>
          <button type="button" onClick={onLoad} disabled={loading} aria-describedby="lectern-pictures-hint">
            {t(loading ? 'picturesLoading' : 'picturesLoadRemote')}
          </button>{' '}
          <span id="lectern-pictures-hint" class="hint">
            {t('picturesLoadRemoteHint')}
          </span>
        </p>
      )}
    </aside>
  );
}
