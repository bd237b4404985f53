import { useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sitePattern } from '../../core/settings/site-pattern';
import { t } from '../../core/i18n';
import { downloadFile } from '../../core/library/download';
import { exportSettings, parseSettingsFile } from '../../core/settings/backup';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '../../core/settings/settings';
import { importSiteRules, type SiteRule } from '../../core/settings/site-rules';
import { Section } from './fields';

type Status = { kind: 'done' | 'error'; text: string } | null;

/**
 * Export, import and reset. An import that fails changes nothing and says why. The sites' article rules
 * go into the file too; imported ones join this browser's, and a reset leaves them (they are not settings
 * but choices the user made page by page, deleted one by one).
 */
export function BackupSection({ settings, rules }: { settings: Settings; rules: SiteRule[] }) {
  const [status, setStatus] = useState<Status>(null);
  const fileId = useId();

  const download = () => {
    downloadFile('lectern-settings.json', exportSettings(settings, rules), 'application/json');
    setStatus({ kind: 'done', text: t('backupExported') });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parseSettingsFile(await file.text());
    if (!result.ok) {
      const reason = t(result.error, result.fields?.join(', '));
      return setStatus({ kind: 'error', text: t('backupImportFailed', reason) });
    }
    // Sites need a permission that only a click on that site's Add can ask for, so they are not imported.
    await settingsItem.setValue({ ...result.settings, autoOpenSites: settings.autoOpenSites });
    if (result.siteRules) await importSiteRules(result.siteRules);
    setStatus({ kind: 'done', text: t('backupImported') });
  };

  const reset = async () => {
    const origins = settings.autoOpenSites.map(sitePattern);
    await settingsItem.setValue(DEFAULT_SETTINGS);
    if (origins.length > 0) await browser.permissions.remove({ origins }).catch(() => false);
    setStatus({ kind: 'done', text: t('backupResetDone') });
  };

  return (
    <Section title="groupBackup">
      <p class="hint">{t('backupHint')}</p>
      <div class="backup-actions">
        <button type="button" onClick={download}>
          {t('backupExport')}
        </button>
        <label class="file-button" for={fileId}>
          {t('backupImport')}
        </label>
        <input
          id={fileId}
          class="file-input"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event.currentTarget as HTMLInputElement)}
        />
        <button type="button" onClick={() => void reset()}>
          {t('backupReset')}
        </button>
      </div>
      <p class={status?.kind === 'error' ? 'problem' : 'status'} role="status">
        {status?.text ?? ''}
      </p>
    </Section>
  );
}
