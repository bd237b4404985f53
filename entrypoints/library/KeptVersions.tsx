import { t } from '../../core/i18n';
import type { KeptBody } from '../../core/library/record';

const dateFormat = () =>
  new Intl.DateTimeFormat(t('localeCode'), { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The versions of the body that sync kept when two computers changed the article at once (the newer body
 * won, see core/sync/merge.ts): a quiet line for each, to read it, and while reading one, to make it the
 * current version or go back.
 */
export function KeptVersions({
  revisions,
  viewing,
  onRead,
  onUse,
}: {
  revisions: readonly KeptBody[];
  viewing: KeptBody | null;
  onRead: (revision: KeptBody | null) => void;
  onUse: (revision: KeptBody) => void;
}) {
  if (revisions.length === 0) return null;
  const format = dateFormat();
  const when = (revision: KeptBody) => format.format(new Date(revision.bodyAt));
  return (
    <aside class="kept-versions" aria-label={t('keptVersionsLabel')}>
      {viewing ? (
        <>
          <p>{t('keptVersionReading', when(viewing))}</p>
          <div class="kept-actions">
            <button type="button" onClick={() => onUse(viewing)}>
              {t('keptVersionUse')}
            </button>
            <button type="button" onClick={() => onRead(null)}>
              {t('keptVersionBack')}
            </button>
          </div>
        </>
      ) : (
        revisions.map((revision) => (
          <p key={revision.bodyAt}>
            {t('keptVersionLine', when(revision))}{' '}
            <button type="button" onClick={() => onRead(revision)}>
              {t('keptVersionRead')}
            </button>
          </p>
        ))
      )}
    </aside>
  );
}
