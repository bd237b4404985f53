import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { E2E_PAGES_DIR } from '../harness/paths';
import { HTML, serve } from '../harness/serve';

const DIR = resolve(E2E_PAGES_DIR, 'hostile-css');
const MARK = '<!-- hostile stylesheet -->';

const named = (extension: string) =>
  readdirSync(DIR)
    .filter((file) => file.endsWith(extension))
    .map((file) => file.slice(0, -extension.length))
    .sort();

/** The hostile stylesheets in tests/e2e/pages/hostile-css/, by name (file name without .css). */
export const HOSTILE_STYLESHEETS = named('.css');
/** The hostile page scripts there (file name without .js); each exposes a promise, see font-takeover.js. */
export const HOSTILE_SCRIPTS = named('.js');

const HOSTILE_CASES = [...HOSTILE_STYLESHEETS, ...HOSTILE_SCRIPTS];

/** The page that carries every hostile stylesheet and script at once. */
export const COMBINED = 'combined';
export interface StyleServer {
  /** The article with no stylesheet of its own. */
  plainUrl: string;
  /**
   * The same article with one hostile stylesheet or script linked in its head; `COMBINED` links every one
   * and also repeats the stylesheets in a <style> inside the article body.
   */
  hostileUrl(name: string): string;
  close(): Promise<void>;
}

function pageWith(names: string[], inBody: boolean): string {
  const article = readFileSync(resolve(DIR, 'article.html'), 'utf8');
  const links = names.map((name) =>
    HOSTILE_SCRIPTS.includes(name)
      ? `<script src="/js/${name}.js"></script>`
      : `<link rel="stylesheet" href="/css/${name}.css">`,
  );
  const withLinks = article.replace(MARK, links.join('\n'));
  if (!inBody) return withLinks;
  const stylesheets = names.filter((name) => HOSTILE_STYLESHEETS.includes(name));
  const css = stylesheets.map((name) => readFileSync(resolve(DIR, `${name}.css`), 'utf8')).join('\n');
  return withLinks.replace('<div class="story">', `<div class="story"><style>${css}</style>`);
}

/** One article served plain and under each hostile stylesheet or script, from 127.0.0.1. */
export async function startStyleServer(): Promise<StyleServer> {
  const served = await serve(({ pathname }) => {
    const [, folder, file] = /^\/(css|js)\/([a-z-]+)\.\1$/.exec(pathname) ?? [];
    const hostile = /^\/hostile\/([a-z-]+)\.html$/.exec(pathname)?.[1];
    const files = folder === 'css' ? HOSTILE_STYLESHEETS : HOSTILE_SCRIPTS;
    if (pathname === '/plain.html') return { type: HTML, body: pageWith([], false) };
    if (hostile === COMBINED) {
      return { type: HTML, body: pageWith([...HOSTILE_STYLESHEETS, ...HOSTILE_SCRIPTS], true) };
    }
    if (hostile && HOSTILE_CASES.includes(hostile)) return { type: HTML, body: pageWith([hostile], false) };
    if (!file || !files.includes(file)) return null;
    return {
      type: folder === 'css' ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      body: readFileSync(resolve(DIR, `${file}.${folder}`), 'utf8'),
    };
  });
  return {
    plainUrl: served.url('/plain.html'),
    hostileUrl: (name) => served.url(`/hostile/${name}.html`),
    close: served.close,
  };
}
