/**
 * Does to every element under `root` what a reader's user might: points at it, focuses it, scrolls over it,
 * copies from it and clicks it, so that payloads waiting for a user (onmouseover, onclick, javascript: links,
 * form buttons) get their chance. With `follow` false, clicks cannot follow links or submit forms (the
 * tab must stay on the page under test); handlers still run. Returns how many elements it touched.
 *
 * Self-contained on purpose: tests hand it to page.evaluate and to DevTools' callFunctionOn.
 */
export function activateAll(root: ParentNode, follow: boolean): number {
  const elements = Array.from(root.querySelectorAll('*'));
  const keepHere = (event: Event) => event.preventDefault();
  if (!follow) root.addEventListener('click', keepHere, true);
  try {
    for (const el of elements) {
      for (const type of [
        'pointerover',
        'mouseover',
        'mouseenter',
        'focus',
        'focusin',
        'copy',
        'wheel',
        'toggle',
      ]) {
        el.dispatchEvent(new Event(type, { bubbles: type !== 'mouseenter' && type !== 'focus' }));
      }
      (el as HTMLElement).focus?.();
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    }
  } finally {
    if (!follow) root.removeEventListener('click', keepHere, true);
  }
  return elements.length;
}
