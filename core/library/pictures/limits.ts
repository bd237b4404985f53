import { RANGES } from '../../settings/schema';

/**
 * How large a kept picture is stored: the reader never shows a picture wider than its widest line
 * (`contentWidth` at most 1040 CSS pixels), and a screen of two device pixels per CSS pixel shows that in
 * 2080. A taller picture than twice that is shrunk to fit too.
 */
export const MAX_PICTURE_WIDTH = RANGES.contentWidth.max * 2;
export const MAX_PICTURE_HEIGHT = MAX_PICTURE_WIDTH * 2;

export interface PictureLimits {
  /** The most one download may be before it is shrunk (bytes). */
  download: number;
  /** How many pictures one article keeps; the rest are left out with a note. */
  perArticle: number;
  /** How many stored bytes one article's pictures may take. */
  articleBytes: number;
  /** How many stored bytes all pictures of the reading list may take. */
  libraryBytes: number;
}

export const PICTURE_LIMITS: PictureLimits = {
  download: 20 * 1024 * 1024,
  perArticle: 100,
  articleBytes: 40 * 1024 * 1024,
  libraryBytes: 2 * 1024 * 1024 * 1024,
};
