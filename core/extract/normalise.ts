/** Makes the extracted article self-contained: absolute addresses, namespaced ids, images that load lazily. */

function absolute(url: string, base: string): string | null {
  try {
    return new URL(url, base).href;
  } catch {
    return null;
  }
}

function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(/,\s+(?=\S)/)
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      const abs = url ? absolute(url, base) : null;
      return abs ? [abs, ...descriptor].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

/** Rewrites every address in `root` against `base`; in-article fragment links (`#id`) stay as they are. */
export function absolutizeUrls(root: Element, base: string): void {
  for (const el of Array.from(root.querySelectorAll('[href], [src], [cite], [srcset]'))) {
    for (const name of ['href', 'src', 'cite']) {
      const value = el.getAttribute(name);
      if (value == null || value.startsWith('#')) continue;
      const abs = absolute(value.trim(), base);
      if (abs) el.setAttribute(name, abs);
      else el.removeAttribute(name);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset != null) el.setAttribute('srcset', absoluteSrcset(srcset, base));
  }
}

export const ID_PREFIX = 'lectern-';

/**
 * A footnote link `#fn1` becomes `https://page/#fn1` when Readability resolves it against a `<base href>`;
 * when it points at this page and the id is in the article, make it an in-article link again.
 */
function relinkInArticleAnchors(fragment: DocumentFragment, pageUrls: string[]): void {
  const pages = new Set(pageUrls.map((url) => url.split('#')[0]));
  const ids = new Set(Array.from(fragment.querySelectorAll('[id]'), (el) => el.getAttribute('id')));
  for (const a of Array.from(fragment.querySelectorAll('a[href*="#"]'))) {
    const href = a.getAttribute('href')!;
    const hash = href.indexOf('#');
    if (hash <= 0 || !pages.has(href.slice(0, hash))) continue;
    let id = href.slice(hash + 1);
    try {
      id = decodeURIComponent(id);
    } catch {
      continue;
    }
    if (ids.has(id)) a.setAttribute('href', `#${id}`);
  }
}

/**
 * Ids from the page are namespaced so they can never clash with the reader's own (or clobber anything),
 * and in-article links follow them. Images load lazily and never send the reader's referrer.
 */
export function finishFragment(fragment: DocumentFragment, pageUrls: string[] = []): void {
  relinkInArticleAnchors(fragment, pageUrls);
  for (const el of Array.from(fragment.querySelectorAll('[id]'))) {
    el.setAttribute('id', ID_PREFIX + el.getAttribute('id'));
  }
  // Table cells name their header cells by id: keep them tied to the renamed headers.
  for (const cell of Array.from(fragment.querySelectorAll('[headers]'))) {
    const refs = cell.getAttribute('headers')!.split(/\s+/).filter(Boolean);
    cell.setAttribute('headers', refs.map((id) => ID_PREFIX + id).join(' '));
  }
  for (const a of Array.from(fragment.querySelectorAll('a[href^="#"]'))) {
    const target = a.getAttribute('href')!.slice(1);
    if (target) a.setAttribute('href', `#${ID_PREFIX}${target}`);
  }
  for (const img of Array.from(fragment.querySelectorAll('img'))) {
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
  }
  for (const a of Array.from(fragment.querySelectorAll('a[href]'))) {
    if (!a.getAttribute('href')!.startsWith('#')) a.setAttribute('rel', 'noopener noreferrer');
  }
}
