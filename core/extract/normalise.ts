/**
 * Makes the extracted article self-contained: absolute addresses, namespaced ids, images that load lazily,
 * text without soft hyphens and zero-width characters.
 */
import { elementsOf } from './dom';
import { hasInvisibles, withoutInvisibles } from './invisible-chars';

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
  for (const el of elementsOf(root)) {
    if (!el.hasAttributes()) continue;
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
function relinkInArticleAnchors(elements: Element[], pageUrls: string[]): void {
  const pages = new Set(pageUrls.map((url) => url.split('#')[0]));
  const ids = new Set(elements.map((el) => el.getAttribute('id')).filter((id) => id !== null));
  for (const a of elements) {
    const href = a.tagName === 'A' ? a.getAttribute('href') : null;
    const hash = href?.indexOf('#') ?? -1;
    if (!href || hash <= 0 || !pages.has(href.slice(0, hash))) continue;
    let id = href.slice(hash + 1);
    try {
      id = decodeURIComponent(id);
    } catch {
      continue;
    }
    if (ids.has(id)) a.setAttribute('href', `#${id}`);
  }
}

/** Removes soft hyphens and zero-width characters from the article's text; most have none, so one look decides. */
function dropInvisibles(fragment: DocumentFragment): void {
  if (!hasInvisibles(fragment.textContent ?? '')) return;
  const doc = fragment.ownerDocument;
  const texts = doc.createTreeWalker(fragment, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const value = node.nodeValue ?? '';
    if (hasInvisibles(value)) node.nodeValue = withoutInvisibles(value);
  }
}

/**
 * Ids from the page are namespaced so they can never clash with the reader's own (or clobber anything),
 * and in-article links follow them. Images load lazily and never send the reader's referrer.
 */
export function finishFragment(fragment: DocumentFragment, pageUrls: string[] = []): void {
  dropInvisibles(fragment);
  const elements = elementsOf(fragment);
  relinkInArticleAnchors(elements, pageUrls);
  for (const el of elements) {
    const id = el.getAttribute('id');
    if (id !== null) el.setAttribute('id', ID_PREFIX + id);
    // Table cells name their header cells by id: keep them tied to the renamed headers.
    const headers = el.getAttribute('headers');
    if (headers !== null) {
      const refs = headers.split(/\s+/).filter(Boolean);
      el.setAttribute('headers', refs.map((ref) => ID_PREFIX + ref).join(' '));
    }
    if (el.tagName === 'IMG') {
      el.setAttribute('loading', 'lazy');
      el.setAttribute('decoding', 'async');
    }
    const href = el.tagName === 'A' ? el.getAttribute('href') : null;
    if (href === null) continue;
    if (!href.startsWith('#')) el.setAttribute('rel', 'noopener noreferrer');
    else if (href.length > 1) el.setAttribute('href', `#${ID_PREFIX}${href.slice(1)}`);
  }
}
