import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * The `zoom` that undoes the page's. A page's `html { zoom: 1.6 }` reaches the reader through the shadow host
 * (zoom multiplies down the tree and `all: initial` cannot reset what is inherited), so the element gets the
 * inverse of the zoom its parent carries. A zoom changed while the reader is open resizes the element in its
 * own pixels (it is sized in viewport units), and the ResizeObserver recomputes it.
 */
export function useInverseZoom(ref: RefObject<HTMLElement | null>): string | undefined {
  const [zoom, setZoom] = useState<string>();
  useLayoutEffect(() => {
    const parent = ref.current?.parentElement;
    if (!ref.current || !parent) return;
    const update = () => {
      // Older browsers without currentCSSZoom: left as it was.
      const inherited = parent.currentCSSZoom ?? 1;
      setZoom(inherited === 1 ? undefined : String(1 / inherited));
    };
    // No first read here: reading the zoom forces the page's styles to be worked out while the reader
    // mounts, and again once the dialog is shown. The observer's first call comes after the first layout
    // and before the first paint, so a zoomed page still never shows the reader at the wrong size.
    const observer = new ResizeObserver(update);
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [ref]);
  return zoom;
}
