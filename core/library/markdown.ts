import TurndownService from 'turndown';
import { strToU8, zipSync } from 'fflate';
import { storedHtmlToFragment } from './html';
import type { SavedArticle } from './record';

const turndown = new TurndownService({
  headingStyle: 'atx',
  codeBlockStyle: 'fenced',
  bulletListMarker: '-',
});

/**
 * Page text with every `<` and every `&` that starts a character reference written as a reference, so a
 * Markdown renderer that allows HTML (many note apps and site generators do) shows it as text: turndown's
 * own escaping leaves `<` alone, and a title or paragraph reading `<img src=x onerror=…>` came out as a live
 * tag. A `>` opens nothing outside a line start, which turndown escapes already; a lone `&` stays readable.
 */
const escapeHtml = (text: string): string => text.replace(/&(?=#?\w+;)/g, '&amp;').replace(/</g, '&lt;');
const markdownEscape = turndown.escape.bind(turndown);
turndown.escape = (text: string) => markdownEscape(escapeHtml(text));

/** Text for a single Markdown line: a newline in a title or picture description would start a block. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** YAML scalars as JSON strings: always valid YAML, whatever quotes or colons a title holds. */
const yaml = (value: string | number | null): string => (value === null ? 'null' : JSON.stringify(value));

function frontMatter(article: SavedArticle): string {
  const lines = [
    `title: ${yaml(article.title)}`,
    `url: ${yaml(article.url)}`,
    `canonical_url: ${yaml(article.canonicalUrl)}`,
    `site: ${yaml(article.siteName)}`,
    `byline: ${yaml(article.byline)}`,
    `published: ${yaml(article.publishedTime)}`,
    `saved: ${yaml(new Date(article.savedAt).toISOString())}`,
    `lang: ${yaml(article.lang)}`,
    `tags: [${article.tags.map(yaml).join(', ')}]`,
    `read: ${article.read === 1}`,
    `archived: ${article.archived === 1}`,
  ];
  return `---\n${lines.join('\n')}\n---\n`;
}

/** One article as Markdown with front matter; the stored HTML is sanitized again before conversion. */
export function articleToMarkdown(article: SavedArticle, win: Window = window): string {
  const fragment = storedHtmlToFragment(article.html, win);
  // Turndown escapes a picture's description with its own Markdown escaper, not through `escape`.
  for (const img of fragment.querySelectorAll('img[alt]')) {
    img.setAttribute('alt', escapeHtml(oneLine(img.getAttribute('alt')!)));
  }
  const body = turndown.turndown(fragment as unknown as HTMLElement);
  return `${frontMatter(article)}\n# ${turndown.escape(oneLine(article.title))}\n\n${body}\n`;
}

/** A file name a filesystem accepts, from the title; the id's (random) end keeps two equal titles apart. */
export function markdownFileName(article: SavedArticle): string {
  const slug = article.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'article'}-${article.id.slice(-8)}.md`;
}

/** Every article as its own Markdown file, in one zip. */
export function markdownZip(articles: readonly SavedArticle[], win: Window = window): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const article of articles) files[markdownFileName(article)] = strToU8(articleToMarkdown(article, win));
  return zipSync(files, { level: 6 });
}
