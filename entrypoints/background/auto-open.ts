import { browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '../../core/settings/settings';
import { sitePattern } from '../../core/settings/site-pattern';
import { traceFailure } from './trace';

/** The id and bundle path of the registered content script that opens the reader by itself. */
export const AUTO_OPEN_SCRIPT_ID = 'lectern-auto-open';
export const AUTO_OPEN_SCRIPT = '/content-scripts/auto-open.js';

/** The patterns of the sites whose optional permission is still granted (the user may revoke it). */
async function grantedPatterns(sites: string[]): Promise<string[]> {
  const granted = await Promise.all(
    sites.map(async (site) => {
      const pattern = sitePattern(site);
      return (await browser.permissions.contains({ origins: [pattern] })) ? pattern : null;
    }),
  );
  return granted.filter((pattern): pattern is string => pattern !== null);
}

async function register(sites: string[]): Promise<void> {
  const matches = await grantedPatterns(sites);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_OPEN_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [AUTO_OPEN_SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: AUTO_OPEN_SCRIPT_ID, matches, js: [AUTO_OPEN_SCRIPT], runAt: 'document_idle' },
  ]);
}

let queue: Promise<void> = Promise.resolve();

/** Makes the registered auto-open script match exactly the chosen, granted sites. Calls run in order. */
export function syncAutoOpen(sites: string[]): Promise<void> {
  queue = queue.then(() => register(sites)).catch(traceFailure('registering the auto-open sites'));
  return queue;
}

/** Keeps the registration in step with settings and with permissions granted or revoked elsewhere. */
export function startAutoOpen(): void {
  const resync = () => void loadSettings().then((settings) => syncAutoOpen(settings.autoOpenSites));
  watchSettings((settings) => void syncAutoOpen(settings.autoOpenSites));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  resync();
}
