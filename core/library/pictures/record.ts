/** Why a picture of a saved article was not kept with it. */
export type PictureLeftOut =
  /** Lectern has no access to the picture's site (the optional host permission was not granted). */
  | 'no-access'
  /** Larger than one picture may be, or it would take the article over its share. */
  | 'too-large'
  /** The article already holds as many pictures as it may. */
  | 'article-cap'
  /** The reading list's pictures have reached their total. */
  | 'library-cap'
  /** The site did not give it (an error status, a timeout, unreachable). */
  | 'failed'
  /** What came back is not a picture the browser can read. */
  | 'not-image';

/** One picture of an article: its address as the article has it, and what became of it. */
export type PictureRef = { src: string; hash: string } | { src: string; leftOut: PictureLeftOut };

/** What was kept of one article's pictures, under the article's id. */
export interface ArticlePictures {
  id: string;
  refs: PictureRef[];
  keptAt: number;
}

/**
 * One stored picture, under the SHA-256 of the bytes its site sent, so that the same picture in two articles
 * (or twice in one) is stored once; `articleIds` are the articles that show it.
 */
export interface StoredPicture {
  hash: string;
  blob: Blob;
  /** The stored blob's size, indexed so that the library's total is summed from the index alone. */
  bytes: number;
  width: number;
  height: number;
  articleIds: string[];
}

/** What removing an article took of its pictures, so that Undo can put them back. */
export interface RemovedPictures {
  record: ArticlePictures;
  stored: StoredPicture[];
}
