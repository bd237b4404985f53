import { t } from '../../core/i18n';

/** The tag menu of the reading list and of its Highlights view; nothing when no article has a tag. */
export function TagFilter({
  tags,
  tag,
  onChange,
}: {
  tags: readonly string[];
  tag: string;
  onChange: (tag: string) => void;
}) {
  if (tags.length === 0) return null;
  return (
    <select aria-label={t('filterTag')} value={tag} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{t('filterAnyTag')}</option>
      {tags.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </select>
  );
}
