import { browser } from 'wxt/browser';
import { fetchPicture, shrinkPicture } from '../../core/library/pictures/fetch-picture';
import type { PictureSource } from '../../core/library/pictures/gather';

/** The pattern of a picture's site as the optional site access grants it (any port). */
const sitePatternOf = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
};

/** Pictures as the background keeps them: from sites Lectern has access to, without cookies. */
export const browserPictures: PictureSource = {
  mayFetch: (url) => browser.permissions.contains({ origins: [sitePatternOf(url)] }),
  fetch: fetchPicture,
  shrink: shrinkPicture,
};
