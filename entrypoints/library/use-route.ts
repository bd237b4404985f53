import { useEffect, useState } from 'preact/hooks';

export type Route =
  { page: 'list' } | { page: 'highlights' } | { page: 'article'; id: string; highlight: string | null };

const decode = (part: string): string | null => {
  try {
    return decodeURIComponent(part);
  } catch (error) {
    if (error instanceof URIError) return null;
    throw error;
  }
};

/**
 * `#/article/<id>` opens an article, `#/article/<id>/highlight/<id>` opens it at one of its highlights,
 * `#/highlights` is every highlight; anything else is the list. The hash keeps Back and links working.
 * An id that does not decode (a link to `#/article/%`) names no article: the list, rather than a throw
 * that left the reading list blank until the hash was cleared.
 */
export function parseRoute(hash: string): Route {
  if (hash === '#/highlights') return { page: 'highlights' };
  const match = /^#\/article\/([^/]+)(?:\/highlight\/([^/]+))?$/.exec(hash);
  if (!match) return { page: 'list' };
  const id = decode(match[1]!);
  const highlight = match[2] === undefined ? null : decode(match[2]);
  if (id === null || (highlight === null && match[2] !== undefined)) return { page: 'list' };
  return { page: 'article', id, highlight };
}

export function articleHref(id: string, highlight?: string): string {
  const article = `#/article/${encodeURIComponent(id)}`;
  return highlight ? `${article}/highlight/${encodeURIComponent(highlight)}` : article;
}

export const HIGHLIGHTS_HREF = '#/highlights';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
