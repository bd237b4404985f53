import { robustSelectors } from '../../core/picker/robust-selector';
import { regionByRule } from '../../core/picker/rule-region';
import {
  deleteSiteRule,
  isRuleHost,
  ruleForHost,
  saveSiteRule,
  type RememberOutcome,
  type SiteRuleChannel,
} from '../../core/settings/site-rules';

/** The host a rule for this page is kept under: no port, so the rule holds on every port of the site. */
const pageHost = (): string => location.hostname.toLowerCase();

/** The region this site's rule finds on this page: null without a rule, `missing` when it no longer fits. */
export async function ruleRegionOfThisPage(): Promise<Element | 'missing' | null> {
  const host = pageHost();
  if (!isRuleHost(host)) return null;
  const rule = await ruleForHost(host);
  if (!rule) return null;
  return regionByRule(document, rule.selectors);
}

/** What the reader's rule line needs for the region it shows; null on a page without a host (a file). */
export function siteRuleChannelFor(region: Element | null): SiteRuleChannel | null {
  const host = pageHost();
  if (!isRuleHost(host)) return null;
  return {
    host,
    remember: async (): Promise<RememberOutcome> => {
      const selectors = region?.isConnected ? robustSelectors(region) : [];
      if (selectors.length === 0) return 'unnamed';
      try {
        await saveSiteRule({ host, selectors, created: Date.now() });
        return 'saved';
      } catch (error) {
        // Local storage full (QUOTA_BYTES) or gone with the extension: the reading stays, the rule does not.
        if (error instanceof Error) return 'failed';
        throw error;
      }
    },
    forget: () => deleteSiteRule(host),
  };
}
