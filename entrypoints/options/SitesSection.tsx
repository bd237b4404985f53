import { useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sitePattern } from '../../core/settings/site-pattern';
import { t, type MessageKey } from '../../core/i18n';
import { MAX_AUTO_OPEN_SITES, type Settings } from '../../core/settings/settings';
import { normaliseSite } from '../../core/settings/validate';
import { Section } from './fields';

interface Props {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

/**
 * Sites where the reader opens by itself. Adding one asks the browser for that site alone, in the click that
 * adds it; removing one gives the permission back.
 */
export function SitesSection({ settings, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const inputId = useId();
  const problemId = useId();
  const sites = settings.autoOpenSites;

  const add = async (event: Event) => {
    event.preventDefault();
    const host = normaliseSite(draft);
    if (!host) return setProblem('sitesInvalid');
    if (sites.includes(host)) return setProblem('sitesDuplicate');
    if (sites.length >= MAX_AUTO_OPEN_SITES) return setProblem('sitesFull');
    // Called before any other await: the browser only shows its prompt during the user's click.
    const granted = await browser.permissions.request({ origins: [sitePattern(host)] }).catch(() => false);
    if (!granted) return setProblem('sitesDenied');
    setProblem(null);
    setDraft('');
    onChange({ autoOpenSites: [...sites, host] });
  };

  const remove = async (host: string) => {
    onChange({ autoOpenSites: sites.filter((site) => site !== host) });
    await browser.permissions.remove({ origins: [sitePattern(host)] }).catch(() => false);
  };

  return (
    <Section title="groupSites">
      <p class="hint">{t('sitesHint')}</p>
      <form class="site-form" onSubmit={(event) => void add(event)}>
        <label for={inputId}>{t('sitesAddLabel')}</label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={draft}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('sitesAdd')}</button>
      </form>
      <p id={problemId} class="problem" role="alert">
        {problem ? t(problem) : ''}
      </p>
      {sites.length === 0 ? (
        <p class="hint">{t('sitesNone')}</p>
      ) : (
        <ul class="site-list" aria-label={t('groupSites')}>
          {sites.map((host) => (
            <li>
              <span class="site-name-text">{host}</span>
              <button type="button" aria-label={t('sitesRemove', host)} onClick={() => void remove(host)}>
                {t('sitesRemoveShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
