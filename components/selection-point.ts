/** A caret or the start of a selection inside `root`, which may be in a (closed) shadow root. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

/**
 * Where the user's caret or selection is, if it is inside `root`: a click on text puts the caret there, and
 * caret browsing moves it with the keyboard. The reader lives in a shadow root, which a plain
 * `getSelection()` hides; `getComposedRanges` (or Chromium's own `ShadowRoot.getSelection`) sees into it.
 */
export function selectionPointIn(root: Element): CaretPoint | null {
  const shadow = root.getRootNode();
  // Older engines lack getComposedRanges, whatever the DOM types say.
  const selection = root.ownerDocument.getSelection() as
    (Omit<Selection, 'getComposedRanges'> & Partial<Pick<Selection, 'getComposedRanges'>>) | null;
  let point: CaretPoint | null = null;
  if (selection?.getComposedRanges && shadow instanceof ShadowRoot) {
    const range = selection.getComposedRanges({ shadowRoots: [shadow] })[0];
    if (range) point = { node: range.startContainer, offset: range.startOffset };
  } else {
    const own = (shadow as { getSelection?: () => Selection | null }).getSelection?.() ?? selection;
    if (own && own.rangeCount > 0) {
      const range = own.getRangeAt(0);
      point = { node: range.startContainer, offset: range.startOffset };
    }
  }
  return point && root.contains(point.node) ? point : null;
}
