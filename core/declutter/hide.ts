/**
 * Hides page elements without touching their inline styles: one marker attribute on each hidden node and
 * one stylesheet, both removed on restore so the page's DOM is exactly as it was.
 */
export const HIDDEN_ATTR = 'data-lectern-hidden';
export const STYLE_ID = 'lectern-declutter-style';

export function hideElements(doc: Document, elements: Element[]): () => void {
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `[${HIDDEN_ATTR}]{display:none!important}`;
  (doc.head ?? doc.documentElement).append(style);
  const marked = elements.filter((el) => !el.hasAttribute(HIDDEN_ATTR));
  for (const el of marked) el.setAttribute(HIDDEN_ATTR, '');
  return () => {
    for (const el of marked) el.removeAttribute(HIDDEN_ATTR);
    style.remove();
  };
}

/** Pauses the page's playing media; the returned function resumes what was playing. */
export function pauseMedia(doc: Document): () => void {
  const paused: HTMLMediaElement[] = [];
  for (const media of Array.from(doc.querySelectorAll<HTMLMediaElement>('video, audio'))) {
    if (!media.paused) {
      media.pause();
      paused.push(media);
    }
  }
  return () => {
    for (const media of paused) void media.play?.()?.catch(() => undefined);
  };
}
