export { anchorTarget, type TextSpan } from './anchor';
export {
  HIGHLIGHT_COLORS,
  MAX_NOTE,
  markOf,
  type Highlight,
  type HighlightColor,
  type HighlightMark,
} from './highlight';
export { describeRange, targetAt, type HighlightTarget } from './selectors';
export { rangeOf, textMapOf, type TextMap } from './text-map';
