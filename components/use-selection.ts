import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { selectedRange } from './selected-range';

/**
 * The selection inside the article body while there is one, for the selection toolbar and the highlight
 * key; follows mouse, touch and keyboard selection alike (the document's selectionchange).
 */
export function useSelection(body: RefObject<HTMLElement | null>): Range | null {
  const [range, setRange] = useState<Range | null>(null);
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const controller = new AbortController();
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setRange(selectedRange(el)));
    };
    el.ownerDocument.addEventListener('selectionchange', update, { signal: controller.signal });
    // Chromium does not always fire selectionchange for a selection inside a shadow root.
    el.addEventListener('mouseup', update, { signal: controller.signal });
    el.addEventListener('keyup', update, { signal: controller.signal });
    return () => {
      cancelAnimationFrame(frame);
      controller.abort();
    };
  }, []);
  return range;
}
