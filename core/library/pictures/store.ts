import type { LibraryDb } from '../db';
import type { ArticlePictures, PictureLeftOut, PictureRef, RemovedPictures, StoredPicture } from './record';
import type { PictureLimits } from './limits';

/** A picture fetched (and shrunk) for an article, or why it was not. */
export type GatheredPicture =
  | { src: string; hash: string; picture: Omit<StoredPicture, 'articleIds' | 'hash'> | null }
  | { src: string; leftOut: PictureLeftOut };

/** The stored bytes of every picture in the library, summed from the `bytes` index without reading a blob. */
async function libraryBytes(db: LibraryDb): Promise<number> {
  let total = 0;
  await db.pictures.orderBy('bytes').eachKey((bytes) => (total += Number(bytes)));
  return total;
}

/**
 * Takes the article off each of its pictures (but those it `keeps`); a picture no other article shows is
 * deleted. Returns the pictures as they were, for Undo.
 */
async function release(
  db: LibraryDb,
  articleId: string,
  keeps = new Set<string>(),
): Promise<StoredPicture[]> {
  const pictures = (await db.pictures.where('articleIds').equals(articleId).toArray()).filter(
    (picture) => !keeps.has(picture.hash),
  );
  for (const picture of pictures) {
    const others = picture.articleIds.filter((id) => id !== articleId);
    if (others.length > 0) await db.pictures.put({ ...picture, articleIds: others });
    else await db.pictures.delete(picture.hash);
  }
  return pictures;
}

/**
 * Stores what was gathered for an article, within the caps: a picture already stored (by its hash) gains
 * the article; a new one is stored unless it would take the article or the library over its share. Pictures
 * of an earlier save of the same page that this one no longer shows are released. Nothing is stored for an
 * article deleted while its pictures were fetched.
 */
export function storePictures(
  db: LibraryDb,
  articleId: string,
  gathered: readonly GatheredPicture[],
  limits: PictureLimits,
  now = Date.now(),
): Promise<ArticlePictures | undefined> {
  return db.transaction('rw', db.articles, db.pictures, db.articlePictures, async () => {
    if (!(await db.articles.get(articleId))) return undefined;
    let total = await libraryBytes(db);
    let articleBytes = 0;
    const keptHashes = new Set<string>();
    const refs: PictureRef[] = [];
    for (const item of gathered) {
      if ('leftOut' in item) {
        refs.push(item);
        continue;
      }
      const existing = await db.pictures.get(item.hash);
      const size = existing?.bytes ?? item.picture?.bytes;
      const repeated = keptHashes.has(item.hash);
      const leftOut: PictureLeftOut | null =
        size === undefined
          ? 'failed' // Shrinking was skipped for a stored picture that has gone since.
          : repeated
            ? null
            : keptHashes.size >= limits.perArticle
              ? 'article-cap'
              : articleBytes + size > limits.articleBytes
                ? 'too-large'
                : !existing && total + size > limits.libraryBytes
                  ? 'library-cap'
                  : null;
      if (leftOut) {
        refs.push({ src: item.src, leftOut });
        continue;
      }
      refs.push({ src: item.src, hash: item.hash });
      if (repeated) continue;
      if (existing) {
        if (!existing.articleIds.includes(articleId)) {
          await db.pictures.put({ ...existing, articleIds: [...existing.articleIds, articleId] });
        }
      } else if (item.picture) {
        await db.pictures.put({ ...item.picture, hash: item.hash, articleIds: [articleId] });
        total += size!;
      }
      articleBytes += size!;
      keptHashes.add(item.hash);
    }
    await release(db, articleId, keptHashes);
    const record: ArticlePictures = { id: articleId, refs, keptAt: now };
    await db.articlePictures.put(record);
    return record;
  });
}

/** Frees an article's pictures (call inside a transaction over `pictures` and `articlePictures`). */
export async function releasePictures(
  db: LibraryDb,
  articleId: string,
): Promise<RemovedPictures | undefined> {
  const record = await db.articlePictures.get(articleId);
  const stored = await release(db, articleId);
  await db.articlePictures.delete(articleId);
  return record && { record, stored };
}

/** Puts back what `releasePictures` took (Undo of a deletion). */
export async function restorePictures(db: LibraryDb, articleId: string, removed: RemovedPictures) {
  await db.articlePictures.put(removed.record);
  for (const picture of removed.stored) {
    const existing = await db.pictures.get(picture.hash);
    const others = existing?.articleIds.filter((id) => id !== articleId) ?? [];
    await db.pictures.put({ ...(existing ?? picture), articleIds: [...others, articleId] });
  }
}

/** An article's picture record and the blobs it refers to, for showing the saved copy. */
export async function readPictures(
  db: LibraryDb,
  articleId: string,
): Promise<{ record: ArticlePictures | undefined; blobs: Map<string, Blob> }> {
  return db.transaction('r', db.pictures, db.articlePictures, async () => {
    const record = await db.articlePictures.get(articleId);
    const hashes = Array.from(
      new Set(record?.refs.flatMap((ref) => ('hash' in ref ? [ref.hash] : [])) ?? []),
    );
    const pictures = await db.pictures.bulkGet(hashes);
    const blobs = new Map<string, Blob>();
    for (const picture of pictures) if (picture) blobs.set(picture.hash, picture.blob);
    return { record, blobs };
  });
}
