/**
 * Clones a document for extraction and keeps a map from each cloned element back to the live one, so the
 * article region can be found on the page afterwards without writing a single attribute to the page.
 */
export interface ClonedDocument {
  clone: Document;
  liveOf: Map<Element, Element>;
}

export function countElements(doc: Document, limit: number): number {
  // getElementsByTagName('*') is a live collection whose length is computed natively: cheap even for huge pages.
  const length = doc.getElementsByTagName('*').length;
  return Math.min(length, limit + 1);
}

export function cloneWithMap(doc: Document): ClonedDocument {
  const clone = doc.cloneNode(true) as Document;
  const liveOf = new Map<Element, Element>();
  const live = doc.getElementsByTagName('*');
  const copied = clone.getElementsByTagName('*');
  // A deep clone preserves document order, so the two lists pair up element by element.
  const n = Math.min(live.length, copied.length);
  for (let i = 0; i < n; i++) liveOf.set(copied[i]!, live[i]!);
  return { clone, liveOf };
}
