import { useEffect, useState } from 'preact/hooks';

export type Route = { page: 'list' } | { page: 'article'; id: string };

/**
 * `#/article/<id>` opens an article; anything else is the list. The hash keeps Back and links working.
 * An id that does not decode (a link to `#/article/%`) names no article: the list, rather than a throw
 * that left the reading list blank until the hash was cleared.
 */
export function parseRoute(hash: string): Route {
  const match = /^#\/article\/([^/]+)$/.exec(hash);
  if (!match) return { page: 'list' };
  try {
    return { page: 'article', id: decodeURIComponent(match[1]!) };
  } catch (error) {
    if (error instanceof URIError) return { page: 'list' };
    throw error;
  }
}

export function articleHref(id: string): string {
  return `#/article/${encodeURIComponent(id)}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
