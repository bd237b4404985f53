import { PAGE_GROUPS, articlePage, unsanitizedHarness } from './article-pages';
import { beaconIdOf, type Payload } from './payloads';
import { HTML, serve } from '../harness/serve';

// A 1×1 transparent PNG: lets onload payloads fire on a real image.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export interface Beacon {
  id: string;
  /** The `in` the payload's script reported (see beaconScript); null for loads that ran no script. */
  where: string | null;
}

export interface BeaconServer {
  origin: string;
  /** Path of the page that holds one group's payloads. */
  pagePath(group: string): string;
  /** Path of the deliberately unsanitized render of every payload. */
  harnessPath: string;
  /** Every beacon request so far, in order. */
  hits(): Beacon[];
  close(): Promise<void>;
}

/**
 * Serves the payload pages and the unsanitized harness on 127.0.0.1, and writes down every /beacon/<id>
 * request: whichever origin a payload runs in (the page, the reader, the save frame, the reading list), its
 * beacon lands here. Beacons answer 204, so a payload that navigates (meta refresh, form) leaves the page
 * where it was and the test can go on.
 */
export async function startBeaconServer(payloads: Payload[]): Promise<BeaconServer> {
  const hits: Beacon[] = [];
  let origin = '';
  const pages = (group: string): string | null => {
    const vectors = PAGE_GROUPS[group];
    if (!vectors) return null;
    const title = `Garden news: ${group.replace(/-/g, ' ')}`;
    return articlePage(
      title,
      payloads.filter((p) => vectors.includes(p.vector)),
      origin,
    );
  };
  const served = await serve(({ pathname, searchParams }) => {
    const beacon = beaconIdOf(pathname);
    if (beacon) {
      hits.push({ id: beacon, where: searchParams.get('in') });
      return { status: 204 };
    }
    if (pathname === '/pixel.png') return { type: 'image/png', body: PIXEL };
    const html =
      pathname === '/xss/harness.html'
        ? unsanitizedHarness(payloads, origin)
        : pages(/^\/xss\/([a-z-]+)\.html$/.exec(pathname)?.[1] ?? '');
    return html ? { type: HTML, body: html } : null;
  });
  origin = served.origin;
  return {
    origin,
    pagePath: (group) => `/xss/${group}.html`,
    harnessPath: '/xss/harness.html',
    hits: () => [...hits],
    close: served.close,
  };
}
