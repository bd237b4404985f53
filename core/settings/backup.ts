import type { MessageKey } from '../i18n';
import { migrateFrom } from './migrations';
import { SETTINGS_VERSION, type Settings } from './schema';
import { invalidFields, validateSettings } from './validate';
import { allValidRules, validateSiteRules, type SiteRule } from './site-rules';

/** The file a user exports: marked as Lectern's, with the version its settings have. */
export interface SettingsFile {
  lectern: 'settings';
  version: number;
  settings: Settings;
  /** The sites' article rules (kept in local storage, not synced); absent from files without any. */
  siteRules?: SiteRule[];
}

export function exportSettings(settings: Settings, siteRules: SiteRule[] = []): string {
  const file: SettingsFile = {
    lectern: 'settings',
    version: SETTINGS_VERSION,
    settings,
    ...(siteRules.length > 0 ? { siteRules } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const MAX_FILE = 1024 * 1024;

export type ImportResult =
  | { ok: true; settings: Settings; siteRules?: SiteRule[] }
  | { ok: false; error: MessageKey; fields?: string[] };

/**
 * Reads an exported file. Anything wrong rejects the whole file, with the reason to show: an import never
 * half-applies, and never fixes a value silently the way reading storage does.
 */
export function parseSettingsFile(text: string): ImportResult {
  // An exported file is about a kilobyte; anything far bigger is not one, and is not worth parsing.
  if (text.length > MAX_FILE) return { ok: false, error: 'importNotSettings' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'importNotJson' };
  }
  const file = data as Partial<SettingsFile> | null;
  if (typeof file !== 'object' || file === null || file.lectern !== 'settings') {
    return { ok: false, error: 'importNotSettings' };
  }
  if (typeof file.version !== 'number' || file.version < 1 || file.version > SETTINGS_VERSION) {
    return { ok: false, error: 'importWrongVersion' };
  }
  if (typeof file.settings !== 'object' || file.settings === null || Array.isArray(file.settings)) {
    return { ok: false, error: 'importNotSettings' };
  }
  const raw = migrateFrom(file.version, file.settings) as unknown as Record<string, unknown>;
  const wrong: string[] = invalidFields(raw);
  const rules = file.siteRules;
  if (rules !== undefined && !allValidRules(rules)) wrong.push('siteRules');
  if (wrong.length > 0) return { ok: false, error: 'importInvalidFields', fields: wrong };
  const settings = validateSettings(raw);
  return rules === undefined
    ? { ok: true, settings }
    : { ok: true, settings, siteRules: validateSiteRules(rules) };
}
