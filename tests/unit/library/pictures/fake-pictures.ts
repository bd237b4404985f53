import type { PictureSource } from '../../../../core/library/pictures/gather';
import type { PictureLimits } from '../../../../core/library/pictures/limits';
import type { PictureLeftOut } from '../../../../core/library/pictures/record';

/** Pictures on pretend sites: each address's bytes, sites without access, and what was fetched. */
export function fakeSource(files: Record<string, string | PictureLeftOut>, noAccess: string[] = []) {
  const fetched: string[] = [];
  const source: PictureSource = {
    mayFetch: async (url) => !noAccess.some((host) => new URL(url).hostname === host),
    fetch: async (url) => {
      fetched.push(url);
      const file = files[url];
      if (file === undefined) return 'failed';
      return file.startsWith('bytes:') ? new Blob([file], { type: 'image/png' }) : (file as PictureLeftOut);
    },
    // Shrinking halves a picture: enough to tell a stored picture from the bytes its site sent.
    shrink: async (blob) => {
      const text = await blob.text();
      return { blob: new Blob([text.slice(0, Math.ceil(text.length / 2))]), width: 100, height: 50 };
    },
  };
  return { source, fetched };
}

export const LIMITS: PictureLimits = {
  download: 1000,
  perArticle: 10,
  articleBytes: 1000,
  libraryBytes: 10_000,
};

/** Bytes of a pretend picture: `length` characters in all, 'bytes:' first. */
export const bytes = (name: string, length = 20) => `bytes:${name}`.padEnd(length, '.');
