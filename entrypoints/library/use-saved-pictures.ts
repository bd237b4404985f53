import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SITE_ACCESS } from '../../core/importers/site-access';
import { library } from '../../core/library/instance';
import { fetchPicture } from '../../core/library/pictures/fetch-picture';
import { PICTURE_LIMITS } from '../../core/library/pictures/limits';
import type { ArticlePictures } from '../../core/library/pictures/record';
import { readPictures } from '../../core/library/pictures/store';

export interface SavedPictures {
  /** What was kept when the article was saved; undefined for an article saved without keeping pictures. */
  record: ArticlePictures | undefined;
  /** Local addresses (blob:) by each picture's own address: stored ones, and those loaded on request. */
  urls: ReadonlyMap<string, string>;
  /** Pictures asked for with "Load remote pictures" that could not be had. */
  failed: number;
  loading: boolean;
}

/**
 * An article's stored pictures as blob: addresses for as long as the article is shown, and "Load remote
 * pictures": the pictures left out, fetched on request through the extension (site access asked first, with
 * the reason on the button) and shown as blob: addresses too, since the reading list's content-security
 * policy lets no remote picture load. Null until the stored ones are read.
 */
export function useSavedPictures(
  articleId: string,
): [SavedPictures | null, (addresses: readonly string[]) => Promise<void>] {
  const [pictures, setPictures] = useState<SavedPictures | null>(null);
  const [owned] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    void readPictures(library(), articleId).then(({ record, blobs }) => {
      if (!live) return;
      const urls = new Map<string, string>();
      for (const ref of record?.refs ?? []) {
        const blob = 'hash' in ref ? blobs.get(ref.hash) : undefined;
        if (blob) urls.set(ref.src, URL.createObjectURL(blob));
      }
      owned.push(...urls.values());
      setPictures({ record, urls, failed: 0, loading: false });
    });
    return () => {
      live = false;
      owned.splice(0).forEach((url) => URL.revokeObjectURL(url));
    };
  }, [articleId]);

  const loadRemote = async (addresses: readonly string[]) => {
    // Asked in the click itself (a permission request needs the user's gesture); declining still tries,
    // and sites that allow any origin send their pictures all the same.
    await browser.permissions.request(SITE_ACCESS).catch(() => false);
    setPictures((now) => now && { ...now, loading: true });
    const loaded = await Promise.all(
      addresses.map(async (address) => {
        const blob = await fetchPicture(address, PICTURE_LIMITS.download);
        return [address, typeof blob === 'string' ? null : URL.createObjectURL(blob)] as const;
      }),
    );
    const found = loaded.filter((entry): entry is [string, string] => entry[1] !== null);
    owned.push(...found.map(([, url]) => url));
    setPictures(
      (now) =>
        now && {
          ...now,
          urls: new Map([...now.urls, ...found]),
          failed: loaded.length - found.length,
          loading: false,
        },
    );
  };
  return [pictures, loadRemote];
}
