import TurndownService from 'turndown';
import { strToU8, zipSync } from 'fflate';
import { storedHtmlToFragment } from './html';
import type { SavedArticle } from './record';
import { highlightsSection } from './markdown-highlights';

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
  const highlights = highlightsSection(article, (line) => turndown.escape(line));
  return `${frontMatter(article)}\n# ${turndown.escape(oneLine(article.title))}\n\n${body}\n${highlights}`;
}

/**
 * A file name every common filesystem stores as given, from the title and the end of the id (which keeps
 * two equal titles apart): letters, digits and hyphens only, so no separator, `..`, control character,
 * trailing dot or reserved device name (`CON`, `NUL`...), and short enough in bytes. The id is filtered
 * too: one from an imported file once put `/../../a` into a ZIP entry's name.
 */
export function markdownFileName(article: SavedArticle): string {
  const slug = Array.from(
    article.title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+/, ''),
  )
    .slice(0, 60)
    .join('')
    .replace(/-+$/, '');
  const idEnd = article.id
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(-8);
  return `${slug || 'article'}-${idEnd || 'id'}.md`;
}

/** `name`, or `name` numbered, so that no two files of one ZIP share a name (and none is lost). */
function unusedName(name: string, used: Set<string>): string {
  let unique = name;
  for (let n = 2; used.has(unique); n++) unique = name.replace(/\.md$/, `-${n}.md`);
  used.add(unique);
  return unique;
}

/** Every article as its own Markdown file, in one zip. */
export function markdownZip(articles: readonly SavedArticle[], win: Window = window): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const used = new Set<string>();
  for (const article of articles) {
    files[unusedName(markdownFileName(article), used)] = strToU8(articleToMarkdown(article, win));
  }
  return zipSync(files, { level: 6 });
}
