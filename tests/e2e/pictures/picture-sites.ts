import { crc32, deflateSync } from 'node:zlib';
import { HTML, serve, type Reply, type Served } from '../harness/serve';

/** A PNG of one colour, `width` × `height`, made here so that the test needs no picture files. */
export function png(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat()),
  ]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The pictures host's files: a panorama wider than the reader ever shows, a photo, and a map. */
const PICTURES: Record<string, Buffer> = {
  '/panorama.png': png(3000, 600, [60, 120, 170]),
  '/keeper.png': png(640, 420, [200, 150, 80]),
  '/map.png': png(480, 360, [90, 160, 90]),
};

const prose = (topic: string) =>
  `<p>The keepers of the ${topic} light trim the wicks at dusk and log every passing ship before midnight, ` +
  'as their grandparents did, in a ledger that has not missed a night in ninety years of storms and calm. </p>';

function article(slug: string, title: string, pictures: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
    <header><a href="/">Harbour news</a></header>
    <article><h1>${title}</h1>${prose(slug).repeat(2)}
      <figure><img src="${pictures}/panorama.png" alt="The harbour at dawn" width="3000" height="600">
        <figcaption>The harbour at dawn.</figcaption></figure>
      ${prose(`${slug} harbour`).repeat(3)}
      <figure><img src="${pictures}/keeper.png" alt="The keeper on the gallery"></figure>
      ${prose(`${slug} gallery`).repeat(2)}
      <figure><img src="/local-map.png" alt="A map of the bay"></figure>
      ${prose(`${slug} bay`).repeat(3)}
    </article></body></html>`;
}

export interface PictureSites {
  /** The article host: two stories whose pictures are mostly on the pictures host. */
  news: Served;
  /** The second host: the pictures. */
  pictures: Served;
  /** Requests each host has answered so far. */
  hits: { news: number; pictures: number };
  close(): Promise<void>;
}

/** Two local hosts on their own ports (so two origins): the news site and the site of its pictures. */
export async function startPictureSites(): Promise<PictureSites> {
  const hits = { news: 0, pictures: 0 };
  const pictures = await serve((url): Reply => {
    hits.pictures += 1;
    const body = PICTURES[url.pathname];
    return body ? { body, type: 'image/png' } : null;
  });
  const news = await serve((url): Reply => {
    hits.news += 1;
    if (url.pathname === '/local-map.png') return { body: PICTURES['/map.png']!, type: 'image/png' };
    if (url.pathname === '/before-access')
      return { body: article('north', 'The north light before access', pictures.origin), type: HTML };
    if (url.pathname === '/with-access')
      return { body: article('south', 'The south light with its pictures', pictures.origin), type: HTML };
    return null;
  });
  return {
    news,
    pictures,
    hits,
    close: async () => {
      await news.close();
      await pictures.close();
    },
  };
}
