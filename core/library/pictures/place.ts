import { pictureAddress } from './picture-address';

/** Marks a picture of the saved copy that shows nothing of the network: no stored copy, not loaded. */
export const LEFT_OUT_ATTR = 'data-lectern-left-out';

const isRemote = (value: string | null) => value !== null && /^\s*(?:https?:)?\/\//i.test(value);

/**
 * Readies a saved copy's body so that showing it loads nothing from the network: each picture shows the
 * local address `localUrl` gives for its own address (a stored picture's blob, or one fetched on request),
 * or no address at all, marked left out, with its description still there; the `srcset`s and `<source>`s
 * that would let the browser pick a remote candidate go, and so do remote sources of sound and video.
 * Returns how many pictures were left out.
 */
export function placePictures(body: ParentNode, localUrl: (address: string) => string | null): number {
  for (const source of Array.from(body.querySelectorAll('picture > source'))) source.remove();
  for (const media of Array.from(body.querySelectorAll('video, audio, source, track'))) {
    if (isRemote(media.getAttribute('src'))) media.removeAttribute('src');
  }
  let leftOut = 0;
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const address = pictureAddress(img);
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    if (!address) {
      // A data: picture is part of the article; anything else (a relative address) could only fail.
      if (!/^\s*data:/i.test(img.getAttribute('src') ?? '')) img.removeAttribute('src');
      continue;
    }
    const local = localUrl(address);
    if (local) {
      img.setAttribute('src', local);
      img.removeAttribute(LEFT_OUT_ATTR);
    } else {
      img.removeAttribute('src');
      img.setAttribute(LEFT_OUT_ATTR, address);
      leftOut += 1;
    }
  }
  return leftOut;
}
