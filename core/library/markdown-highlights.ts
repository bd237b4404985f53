import type { SavedArticle } from './record';

/** How much of a quote goes into its text-fragment link back (browsers match a prefix well enough). */
const FRAGMENT_WORDS = 8;

/**
 * A link to the passage on the live page: a text fragment (`#:~:text=`), which browsers that support it
 * scroll to and mark. The address is the saved canonical one (always http or https); the quote is
 * percent-encoded, so the link cannot end early or carry markup.
 */
function linkBack(url: string, exact: string): string {
  const words = exact.split(/\s+/).filter(Boolean);
  const start = words.slice(0, FRAGMENT_WORDS).join(' ');
  const fragment =
    words.length > FRAGMENT_WORDS * 2
      ? `${encodeURIComponent(start)},${encodeURIComponent(words.slice(-FRAGMENT_WORDS).join(' '))}`
      : encodeURIComponent(words.join(' '));
  const base = url.split('#')[0]!.replace(/[<>\s]/g, encodeURIComponent);
  return `${base}#:~:text=${fragment.replace(/-/g, '%2D')}`;
}

/**
 * The "Highlights" section of an article's Markdown, Obsidian-friendly: each highlight as `> ` quote lines,
 * its note under it, and a link back to the passage. Every line of quote and note goes through `escape`,
 * the same Markdown and HTML escaping as the article's text, so a note is text in any renderer.
 */
export function highlightsSection(article: SavedArticle, escape: (line: string) => string): string {
  const highlights = article.highlights ?? [];
  if (highlights.length === 0) return '';
  const blocks = highlights.map((h) => {
    const quote = h.target.quote.exact
      .split(/\n+/)
      .map((line) => `> ${escape(line.replace(/\s+/g, ' ').trim())}`)
      .join('\n>\n');
    const note = h.note
      .split('\n')
      .map((line) => escape(line))
      .join('\n')
      .trim();
    const link = `[Open in the article](<${linkBack(article.canonicalUrl, h.target.quote.exact)}>)`;
    return [quote, note, link].filter(Boolean).join('\n\n');
  });
  return `\n## Highlights\n\n${blocks.join('\n\n---\n\n')}\n`;
}
