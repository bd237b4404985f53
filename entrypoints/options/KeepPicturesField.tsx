import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../core/i18n';
import { SITE_ACCESS } from '../../core/importers/site-access';
import { Toggle } from './fields';

/**
 * "Keep pictures with saved articles", on by default; pictures come from the article's site and from others
 * (image servers), so keeping them needs site access. Turning the setting on asks for it in the same click,
 * with the reason beside it; without it, saved copies say their pictures were not kept.
 */
export function KeepPicturesField({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const [access, setAccess] = useState<boolean | null>(null);
  useEffect(() => {
    const check = () => void browser.permissions.contains(SITE_ACCESS).then(setAccess);
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);

  // Called before any other await: the browser only shows its prompt during the user's click.
  const ask = () => browser.permissions.request(SITE_ACCESS).then(setAccess, () => setAccess(false));

  return (
    <div class="keep-pictures">
      <Toggle
        label="settingKeepPictures"
        hint="settingKeepPicturesHint"
        checked={on}
        onChange={(next) => {
          if (next && !access) void ask();
          onChange(next);
        }}
      />
      {on && access === false && (
        <div class="field keep-pictures-access" role="status">
          <p class="hint">{t('keepPicturesNoAccess')}</p>
          <button type="button" onClick={() => void ask()}>
            {t('keepPicturesAllow')}
          </button>
        </div>
      )}
      {on && access === true && (
        <p class="hint" role="status">
          {t('keepPicturesGranted')}
        </p>
      )}
    </div>
  );
}
