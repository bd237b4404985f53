import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

/** The hand-made export files in tests/fixtures/imports/. */
export const IMPORTS_DIR = join(process.cwd(), 'tests', 'fixtures', 'imports');

export const sampleBytes = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(IMPORTS_DIR, name)));

/** A folder of tests/fixtures/imports/ zipped as the service zips its export: its files at the ZIP's root. */
export function zipFolder(folder: string): Uint8Array {
  const root = join(IMPORTS_DIR, folder);
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(root, path)] = new Uint8Array(readFileSync(path));
    }
  };
  walk(root);
  return zipSync(files);
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
