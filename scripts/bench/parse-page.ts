import { JSDOM, VirtualConsole } from 'jsdom';
import type { CorpusPage } from './corpus';

// Pages log CSS and script errors; they would bury the table and must not follow the final JSON line.
const silent = new VirtualConsole();

const STYLE_BLOCK = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

export interface ParsedPage {
  dom: JSDOM;
  /** True when the page only parsed with its `<style>` blocks emptied (see below). */
  stylesStripped: boolean;
}

/**
 * jsdom 29 throws out of the HTML parser on some stylesheets instead of dropping the bad declaration
 * (corpus page f5c90a6d…: an uncompiled Sass `min-height: calc(($a - $b) / 16 * 9)` makes css-tree throw
 * `")" is expected`). Browsers ignore such a rule. Neither extractor reads stylesheets (Readability drops
 * `<style>`, DOMPurify forbids it), so such a page is parsed again with its `<style>` blocks emptied, for
 * every extractor alike, rather than counted as a failure that only jsdom would have.
 */
export function parsePage(page: CorpusPage): ParsedPage {
  const options = { url: page.url, virtualConsole: silent };
  try {
    return { dom: new JSDOM(page.html, options), stylesStripped: false };
  } catch {
    return { dom: new JSDOM(page.html.replace(STYLE_BLOCK, '$1$2'), options), stylesStripped: true };
  }
}
