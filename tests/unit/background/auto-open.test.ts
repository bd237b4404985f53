import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sitePattern } from '../../../core/settings/site-pattern';
import {
  AUTO_OPEN_SCRIPT,
  AUTO_OPEN_SCRIPT_ID,
  syncAutoOpen,
} from '../../../entrypoints/background/auto-open';

type Registered = { id: string; matches?: string[]; js?: string[]; runAt?: string };

/** The fake browser has neither dynamic content scripts nor optional permissions: a small model of both. */
function fakeExtensionApis(granted: string[]) {
  let registered: Registered[] = [];
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o))),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      registered.filter((script) => ids.includes(script.id)),
    ),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((script) => !ids.includes(script.id));
    }),
    registerContentScripts: vi.fn(async (scripts: Registered[]) => {
      if (scripts.some((s) => registered.some((r) => r.id === s.id))) throw new Error('Duplicate script ID');
      registered.push(...scripts);
    }),
  });
  return { registered: () => registered };
}

describe('auto-open registration', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('a site pattern covers the site and its subdomains over http and https', () => {
    expect(sitePattern('example.com')).toBe('*://*.example.com/*');
  });

  it('registers the auto-open script for the chosen sites whose permission is granted, and no others', async () => {
    const apis = fakeExtensionApis([sitePattern('example.com')]);
    await syncAutoOpen(['example.com', 'not-granted.org']);
    expect(apis.registered()).toEqual([
      {
        id: AUTO_OPEN_SCRIPT_ID,
        matches: ['*://*.example.com/*'],
        js: [AUTO_OPEN_SCRIPT],
        runAt: 'document_idle',
      },
    ]);
  });

  it('follows changes to the list, and unregisters when no site is left', async () => {
    const apis = fakeExtensionApis([sitePattern('a.com'), sitePattern('b.com')]);
    await syncAutoOpen(['a.com']);
    await syncAutoOpen(['a.com', 'b.com']);
    expect(apis.registered().map((s) => s.matches)).toEqual([['*://*.a.com/*', '*://*.b.com/*']]);
    await syncAutoOpen([]);
    expect(apis.registered()).toEqual([]);
  });
});
