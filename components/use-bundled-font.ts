import { useEffect } from 'preact/hooks';
import { addBundledFont } from '../core/reader/bundled-font';

/** Keeps the bundled font in the document while `active`; takes it out when not, or on unmount. */
export function useBundledFont(active: boolean): void {
  useEffect(() => (active ? addBundledFont(document) : undefined), [active]);
}
