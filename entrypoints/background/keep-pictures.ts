import { saveArticle } from '../../core/library/library';
import type { LibraryDb } from '../../core/library/db';
import { gatherPictures } from '../../core/library/pictures/gather';
import { PICTURE_LIMITS } from '../../core/library/pictures/limits';
import { pictureAddresses } from '../../core/library/pictures/picture-address';
import { storePictures } from '../../core/library/pictures/store';
import type { ArticlePayload, SaveResult } from '../../core/library/record';
import { loadSettings } from '../../core/settings/settings';
import { browserPictures } from './picture-source';
import { stayingAwake } from './stay-awake';
import { traceFailure } from './trace';

/** Fetches, shrinks and stores a saved article's pictures, when the user keeps pictures. */
async function keepPictures(db: LibraryDb, articleId: string, html: string): Promise<void> {
  if (!(await loadSettings()).keepPictures) return;
  const gathered = await gatherPictures(db, pictureAddresses(html), browserPictures, PICTURE_LIMITS);
  await storePictures(db, articleId, gathered, PICTURE_LIMITS);
}

/**
 * Saves an article, then keeps its pictures. The save is answered at once; the pictures follow (a few
 * seconds on a slow site), and a save that fails keeps none.
 */
export async function saveWithPictures(db: LibraryDb, payload: ArticlePayload): Promise<SaveResult> {
  const result = await saveArticle(db, payload);
  if (result.ok) {
    // Slow picture sites may take longer than the browser lets an idle background run.
    void stayingAwake(() => keepPictures(db, result.id, payload.html)).catch(
      traceFailure('keeping an article’s pictures'),
    );
  }
  return result;
}
