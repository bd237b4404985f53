import { useEffect, useState } from 'preact/hooks';

export type Route = { page: 'list' } | { page: 'article'; id: string };

/** `#/article/<id>` opens an article; anything else is the list. The hash keeps Back and links working. */
export function parseRoute(hash: string): Route {
  const match = /^#\/article\/([^/]+)$/.exec(hash);
  return match ? { page: 'article', id: decodeURIComponent(match[1]!) } : { page: 'list' };
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
