import { storage } from 'wxt/utils/storage';

/**
 * "Always use this on <site>": the part of a site's pages the user picked as the article, found again by
 * selectors (see core/picker/robust-selector.ts). Rules live in the local area, not with the synced
 * settings: sync allows 8 KB an item and 100 KB in all, and a reader of many sites would outgrow that.
 */
export interface SiteRule {
  /** The page's host name, lower case, without a port: `news.example.com`. */
  host: string;
  /** Tried in order; the first that finds an element on the page gives the article's region. */
  selectors: string[];
  /** When the rule was made (ms since 1970), for the options page's list. */
  created: number;
}

/** How a "remember" went: stored, no lasting name for the region, or storage refused it. */
export type RememberOutcome = 'saved' | 'unnamed' | 'failed';

/** The reader's way to the site's rule (the content script gives the real one). */
export interface SiteRuleChannel {
  /** The page's host, as the rule names it. */
  host: string;
  /** Stores the shown region as this site's rule. */
  remember(): Promise<RememberOutcome>;
  /** Deletes this site's rule. */
  forget(): Promise<void>;
}

export const MAX_SITE_RULES = 1000;
const MAX_SELECTORS = 3;
const MAX_SELECTOR_LENGTH = 500;

// A host name (letters, digits, hyphens, dots) or an IPv4 address; no port, no scheme.
const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

export const isRuleHost = (host: string): boolean => HOST.test(host);

function validRule(value: unknown): SiteRule | null {
  if (typeof value !== 'object' || value === null) return null;
  const { host, selectors, created } = value as Record<string, unknown>;
  if (typeof host !== 'string' || !isRuleHost(host) || !Array.isArray(selectors)) return null;
  const kept = selectors.filter(
    (s): s is string => typeof s === 'string' && s.trim() !== '' && s.length <= MAX_SELECTOR_LENGTH,
  );
  if (kept.length === 0 || kept.length !== selectors.length || kept.length > MAX_SELECTORS) return null;
  const time = typeof created === 'number' && Number.isFinite(created) && created >= 0 ? created : 0;
  return { host, selectors: kept, created: time };
}

/**
 * The stored rules as a list the reader can trust: odd entries are dropped, not the whole list; one rule a
 * host (the latest wins).
 */
export function validateSiteRules(raw: unknown): SiteRule[] {
  if (!Array.isArray(raw)) return [];
  const byHost = new Map<string, SiteRule>();
  for (const item of raw) {
    const rule = validRule(item);
    if (rule) {
      byHost.delete(rule.host);
      byHost.set(rule.host, rule);
    }
  }
  return [...byHost.values()].slice(-MAX_SITE_RULES);
}

/** Whether every entry of `raw` is a valid rule: what an import checks instead of dropping entries. */
export function allValidRules(raw: unknown): raw is SiteRule[] {
  return Array.isArray(raw) && raw.length <= MAX_SITE_RULES && raw.every((item) => validRule(item) !== null);
}

/** `rules` with `rule` in place of any rule for its host. */
export const withRule = (rules: SiteRule[], rule: SiteRule): SiteRule[] =>
  validateSiteRules([...rules.filter((r) => r.host !== rule.host), rule]);

export const siteRulesItem = storage.defineItem<SiteRule[]>('local:siteRules', {
  fallback: [],
  version: 1,
});

export async function loadSiteRules(): Promise<SiteRule[]> {
  return validateSiteRules(await siteRulesItem.getValue());
}

export async function ruleForHost(host: string): Promise<SiteRule | null> {
  return (await loadSiteRules()).find((rule) => rule.host === host) ?? null;
}

export async function saveSiteRule(rule: SiteRule): Promise<void> {
  await siteRulesItem.setValue(withRule(await loadSiteRules(), rule));
}

export async function deleteSiteRule(host: string): Promise<void> {
  await siteRulesItem.setValue((await loadSiteRules()).filter((rule) => rule.host !== host));
}

/** Rules from a backup join the ones here; a backup's rule for a host replaces this browser's. */
export async function importSiteRules(rules: SiteRule[]): Promise<void> {
  await siteRulesItem.setValue(rules.reduce(withRule, await loadSiteRules()));
}

export function watchSiteRules(listener: (rules: SiteRule[]) => void): () => void {
  return siteRulesItem.watch((value) => listener(validateSiteRules(value)));
}
