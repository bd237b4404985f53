/** The widest candidate of a `srcset` ("a.jpg 640w, b.jpg 1280w" or "a.jpg 1x, b.jpg 2x"). */
function widestCandidate(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = Number.parseFloat(descriptor) * (descriptor.endsWith('w') ? 1 : 1000);
    if (!best || size > best.size) best = { url, size: Number.isFinite(size) ? size : 0 };
  }
  return best?.url ?? null;
}

/**
 * The one address a picture of a saved article is kept and found under: its `src`, or the widest candidate
 * of its `srcset` when it has no `src`; only absolute http(s) addresses (extraction makes every picture's
 * address absolute, and a `data:` picture is inside the article already). Saving and showing both ask this,
 * so that they agree on every picture.
 */
export function pictureAddressOf(src: string | null | undefined, srcset: string | null | undefined) {
  const raw = src?.trim() || widestCandidate(srcset ?? '');
  if (!raw || !URL.canParse(raw)) return null;
  const url = new URL(raw);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** The address of a picture element in the DOM. */
export const pictureAddress = (img: Element): string | null =>
  pictureAddressOf(img.getAttribute('src'), img.getAttribute('srcset'));

const IMG_TAG = /<img\b((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|(amp|quot|lt|gt|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0' };

const decode = (value: string) =>
  value.replace(ENTITY, (_, dec?: string, hex?: string, name?: string) =>
    name ? NAMED[name.toLowerCase()]! : String.fromCodePoint(dec ? Number(dec) : Number.parseInt(hex!, 16)),
  );

/**
 * Every picture address of a stored article, once each, in the order they appear. Read from the HTML's
 * `<img>` tags as the library serialised them (attributes double-quoted), because the background of a
 * Chrome extension has no DOMParser; a unit test holds this to the DOM's reading on every fixture article.
 */
export function pictureAddresses(html: string): string[] {
  const found = new Set<string>();
  for (const [, attributes = ''] of html.matchAll(IMG_TAG)) {
    const values = new Map<string, string>();
    for (const [, name, double, single, bare] of attributes.matchAll(ATTRIBUTE)) {
      const key = name!.toLowerCase();
      if (!values.has(key)) values.set(key, decode(double ?? single ?? bare ?? ''));
    }
    const address = pictureAddressOf(values.get('src'), values.get('srcset'));
    if (address) found.add(address);
  }
  return Array.from(found);
}
