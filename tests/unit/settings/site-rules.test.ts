import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  deleteSiteRule,
  importSiteRules,
  loadSiteRules,
  ruleForHost,
  saveSiteRule,
  validateSiteRules,
  type SiteRule,
} from '../../../core/settings/site-rules';

const rule = (host: string, selector = 'article.story', created = 1): SiteRule => ({
  host,
  selectors: [selector],
  created,
});

describe('site rules', () => {
  it('are kept in local storage, one a host, and deleted by host', async () => {
    await saveSiteRule(rule('news.example.com'));
    await saveSiteRule(rule('blog.example.org', '#post'));
    await saveSiteRule(rule('news.example.com', 'main .body', 2));
    expect(await loadSiteRules()).toEqual([
      rule('blog.example.org', '#post'),
      rule('news.example.com', 'main .body', 2),
    ]);
    expect((await fakeBrowser.storage.sync.get(null)) as object).toEqual({});
    expect(await ruleForHost('news.example.com')).toEqual(rule('news.example.com', 'main .body', 2));
    await deleteSiteRule('news.example.com');
    expect(await ruleForHost('news.example.com')).toBeNull();
    expect(await loadSiteRules()).toEqual([rule('blog.example.org', '#post')]);
  });

  it('drop a corrupt stored entry, not the whole list', async () => {
    await fakeBrowser.storage.local.set({
      siteRules: [
        rule('good.example'),
        { host: 'Bad Host', selectors: ['p'] },
        { host: 'no-selectors.example', selectors: [] },
        { host: 'long.example', selectors: ['p'.repeat(501)] },
        { host: 'typed.example', selectors: [42] },
        'junk',
        null,
      ],
    });
    expect(await loadSiteRules()).toEqual([rule('good.example')]);
    expect(validateSiteRules('garbage')).toEqual([]);
    expect(validateSiteRules([{ host: '127.0.0.1', selectors: ['#a'], created: -5 }])).toEqual([
      { host: '127.0.0.1', selectors: ['#a'], created: 0 },
    ]);
  });

  it("imported rules join this browser's, replacing its rule for the same host", async () => {
    await saveSiteRule(rule('mine.example'));
    await saveSiteRule(rule('both.example', '#old'));
    await importSiteRules([rule('both.example', '#new'), rule('theirs.example')]);
    expect((await loadSiteRules()).map((r) => `${r.host} ${r.selectors[0]}`)).toEqual([
      'mine.example article.story',
      'both.example #new',
      'theirs.example article.story',
    ]);
  });
});
