/**
 * The user's selection inside `within` (the article in the reader's shadow root) as a live Range, or null.
 * A selection inside a shadow root is only handed out by `getComposedRanges` naming that root (Chromium
 * reports it at the shadow host otherwise); engines without it (and jsdom) give it as the document's range.
 */
export function selectedRange(within: Element): Range | null {
  const doc = within.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return null;
  const root = within.getRootNode();
  let found: AbstractRange | null = null;
  const composed = (selection as { getComposedRanges?: (o: object) => StaticRange[] }).getComposedRanges;
  if (composed && root instanceof ShadowRoot) {
    found = composed.call(selection, { shadowRoots: [root] })[0] ?? null;
  } else if (selection.rangeCount > 0) {
    found = selection.getRangeAt(0);
  }
  if (!found || found.collapsed) return null;
  const range = doc.createRange();
  range.setStart(found.startContainer, found.startOffset);
  range.setEnd(found.endContainer, found.endOffset);
  return within.contains(range.commonAncestorContainer) ? range : null;
}
