import { useEffect, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { deleteSiteRule, loadSiteRules, watchSiteRules, type SiteRule } from '../../core/settings/site-rules';
import { Section } from './fields';

/** The sites whose article the user picked and asked Lectern to always use; each can be deleted. */
export function RulesSection({ rules }: { rules: SiteRule[] }) {
  const [deleted, setDeleted] = useState<string | null>(null);
  const remove = async (host: string) => {
    await deleteSiteRule(host);
    setDeleted(host);
  };
  return (
    <Section title="groupRules">
      <p class="hint">{t('rulesHint')}</p>
      {rules.length === 0 ? (
        <p class="hint">{t('rulesNone')}</p>
      ) : (
        <ul class="site-list rule-list" aria-label={t('groupRules')}>
          {rules.map((rule) => (
            <li key={rule.host}>
              <span class="rule-text">
                <span class="site-name-text">{rule.host}</span>
                <span class="rule-part">
                  {t('rulesPart')} <code>{rule.selectors[0]}</code>
                </span>
              </span>
              <button
                type="button"
                aria-label={t('rulesDelete', rule.host)}
                onClick={() => void remove(rule.host)}
              >
                {t('rulesDeleteShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="status" role="status">
        {deleted ? t('rulesDeleted', deleted) : ''}
      </p>
    </Section>
  );
}

/** The stored rules, kept current as the reader adds and the options page deletes them. */
export function useSiteRules(): SiteRule[] {
  const [rules, setRules] = useState<SiteRule[]>([]);
  useEffect(() => {
    void loadSiteRules().then(setRules);
    return watchSiteRules(setRules);
  }, []);
  return rules;
}
