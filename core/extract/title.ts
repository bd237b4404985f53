/**
 * Readability 0.6 splits "<title>" only at | - \ / > » and counts words by spaces, so "Title – Site"
 * (WordPress's default en dash) and CJK titles keep the site name (fixed upstream after 0.6.0,
 * mozilla/readability#960). When the site name is known, drop it with its separator from either end.
 */
const SEPARATOR = '[|\\-–—:·•»/\\\\]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function withoutSiteName(title: string | null, siteName: string | null): string | null {
  if (!title || !siteName) return title;
  const site = escapeRegExp(siteName);
  const stripped = title
    .replace(new RegExp(`\\s*${SEPARATOR}\\s*${site}$`, 'u'), '')
    .replace(new RegExp(`^${site}\\s*${SEPARATOR}\\s*`, 'u'), '');
  return stripped || title;
}
