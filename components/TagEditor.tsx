import { useState } from 'preact/hooks';
import { t } from '../core/i18n';
import { normaliseTags } from '../core/library/library';
import { CloseButton } from './CloseButton';

interface Props {
  tags: string[];
  /** The user's other tags, offered as they type. */
  suggestions: string[];
  onChange: (tags: string[]) => void;
}

/** Tags as removable chips plus a field that suggests the tags already in use. */
export function TagEditor({ tags, suggestions, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const next = normaliseTags([...tags, ...draft.split(',')]);
    setDraft('');
    if (next.length !== tags.length) onChange(next);
  };
  const offered = suggestions.filter((tag) => !tags.includes(tag));
  return (
    <div class="field">
      <span id="lectern-tags-label">{t('fieldTags')}</span>
      {tags.length > 0 && (
        <ul class="tags" aria-labelledby="lectern-tags-label">
          {tags.map((tag) => (
            <li class="tag" key={tag}>
              {tag}
              <CloseButton
                label={t('tagRemove', tag)}
                onClick={() => onChange(tags.filter((other) => other !== tag))}
              />
            </li>
          ))}
        </ul>
      )}
      <div class="tag-entry">
        <input
          type="text"
          aria-label={t('tagAdd')}
          placeholder={t('tagAdd')}
          list="lectern-tag-suggestions"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <datalist id="lectern-tag-suggestions">
          {offered.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        <button type="button" onClick={add}>
          {t('tagAddButton')}
        </button>
      </div>
    </div>
  );
}
