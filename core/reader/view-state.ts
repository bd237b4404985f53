/** Remembers where the reader was opened from; the returned function returns focus and scroll there. */
export function saveViewState(doc: Document): () => void {
  const view = doc.defaultView;
  const focused = doc.activeElement as HTMLElement | null;
  const x = view?.scrollX ?? 0;
  const y = view?.scrollY ?? 0;
  return () => {
    if (focused && focused !== doc.body && focused.isConnected) focused.focus?.({ preventScroll: true });
    view?.scrollTo(x, y);
  };
}
