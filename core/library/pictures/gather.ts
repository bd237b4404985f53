import type { LibraryDb } from '../db';
import { pictureHash } from './hash';
import type { PictureLimits } from './limits';
import type { PictureLeftOut } from './record';
import type { GatheredPicture } from './store';

/** A picture made to fit the reader's largest size. */
export interface ShrunkPicture {
  blob: Blob;
  width: number;
  height: number;
}

/** How pictures are fetched and shrunk: the browser's own in the background, fakes in unit tests. */
export interface PictureSource {
  /** Whether Lectern may fetch from this address's site (its optional site access). */
  mayFetch(url: string): Promise<boolean>;
  /** The picture's bytes, at most `maxBytes` of them, or why it could not be had. */
  fetch(url: string, maxBytes: number): Promise<Blob | PictureLeftOut>;
  /** The picture made to fit MAX_PICTURE_WIDTH × MAX_PICTURE_HEIGHT, or null if it is no readable picture. */
  shrink(blob: Blob): Promise<ShrunkPicture | null>;
}

const AT_ONCE = 4;

async function gatherOne(
  db: LibraryDb,
  src: string,
  source: PictureSource,
  limits: PictureLimits,
): Promise<GatheredPicture> {
  if (!(await source.mayFetch(src))) return { src, leftOut: 'no-access' };
  const fetched = await source.fetch(src, limits.download);
  if (typeof fetched === 'string') return { src, leftOut: fetched };
  const hash = await pictureHash(await fetched.arrayBuffer());
  // The same picture stored before (another article, an earlier save) is not shrunk again.
  if (await db.pictures.get(hash)) return { src, hash, picture: null };
  const shrunk = await source.shrink(fetched);
  if (!shrunk) return { src, leftOut: 'not-image' };
  return { src, hash, picture: { ...shrunk, bytes: shrunk.blob.size } };
}

/**
 * Fetches and shrinks an article's pictures, a few at a time; beyond the article's count, the rest are
 * left out without being fetched.
 */
export async function gatherPictures(
  db: LibraryDb,
  addresses: readonly string[],
  source: PictureSource,
  limits: PictureLimits,
): Promise<GatheredPicture[]> {
  const results: GatheredPicture[] = addresses.map((src, index) =>
    index < limits.perArticle ? { src, leftOut: 'failed' } : { src, leftOut: 'article-cap' },
  );
  let next = 0;
  const worker = async () => {
    while (next < Math.min(addresses.length, limits.perArticle)) {
      const index = next++;
      results[index] = await gatherOne(db, addresses[index]!, source, limits);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return results;
}
