import { findClutter, type FindClutterOptions } from './find-clutter';
import { hideElements, pauseMedia } from './hide';

export { findClutter, isClutter } from './find-clutter';
export { HIDDEN_ATTR, STYLE_ID, hideElements, pauseMedia } from './hide';

/** Hides the clutter around `region` and pauses media; returns the function that puts everything back. */
export function declutter(
  doc: Document,
  region: Element | null,
  options: FindClutterOptions = {},
): () => void {
  const restoreHidden = hideElements(doc, findClutter(doc, region, options));
  const resumeMedia = pauseMedia(doc);
  return () => {
    restoreHidden();
    resumeMedia();
  };
}
