import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths';

interface Manifest {
  externally_connectable?: unknown;
  web_accessible_resources?: Array<{ resources: string[]; matches: string[]; use_dynamic_url?: boolean }>;
  content_scripts?: unknown;
  host_permissions?: unknown;
}

function builtManifest(folder: string): Manifest {
  const file = resolve(REPO_ROOT, '.output', folder, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No build at ${file}: run npm run build and npm run build:firefox.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

// The manifests exactly as they ship (`npm test` builds both first).
describe('what the built extension opens to web pages', () => {
  for (const folder of ['chrome-mv3', 'firefox-mv3']) {
    it(`${folder}: no page or other extension may connect, and only the save popup may be framed`, () => {
      const manifest = builtManifest(folder);
      expect(manifest.externally_connectable).toBeUndefined();
      // Injected on demand only: no content script declared for pages, no standing access to any site.
      expect(manifest.content_scripts).toBeUndefined();
      expect(manifest.host_permissions).toBeUndefined();
      const exposed = manifest.web_accessible_resources ?? [];
      expect(exposed.flatMap((entry) => entry.resources)).toEqual(['save-frame.html']);
      // Chrome serves it from an address that changes every session, so a page cannot probe for it.
      if (folder === 'chrome-mv3')
        expect(exposed.every((entry) => entry.use_dynamic_url === true)).toBe(true);
    });
  }
});
