import type { CDPSession } from 'playwright-core';
import { closedRoots, objectId, type DomNode } from '../support/axe';

/** How the element with keyboard focus inside the reader's closed shadow root is drawn. */
export interface FocusedElement {
  tag: string;
  href: string | null;
  /** The focused element's own box in viewport pixels. */
  rect: { x: number; y: number; width: number; height: number };
  /** The focus indicator: outline (style, width, colour) and box-shadow of the element and of every picture in it. */
  rings: { tag: string; outline: string; boxShadow: string }[];
}

/** Runs in the page with `this` the shadow root: reads the element `selector` matches, or the focused one. */
function describeElement(this: ShadowRoot, selector: string | null): FocusedElement | null {
  const focused = selector ? this.querySelector(selector) : this.activeElement;
  if (!focused) return null;
  const ring = (element: Element) => {
    const style = getComputedStyle(element);
    return {
      tag: element.localName,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
    };
  };
  const { x, y, width, height } = focused.getBoundingClientRect();
  return {
    tag: focused.localName,
    href: focused.getAttribute('href'),
    rect: { x, y, width, height },
    rings: [focused, ...Array.from(focused.querySelectorAll('img, picture, svg, video'))].map(ring),
  };
}

/**
 * The element that has focus inside the reader (a closed shadow root, which the page cannot see into but
 * DevTools can), or null when focus is elsewhere; with `selector`, the first element it matches instead.
 */
export async function focusedInReader(
  session: CDPSession,
  selector: string | null = null,
): Promise<FocusedElement | null> {
  await session.send('DOM.enable');
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  for (const { root: shadow } of closedRoots(root)) {
    const { result } = await session.send('Runtime.callFunctionOn', {
      objectId: await objectId(session, shadow.backendNodeId),
      functionDeclaration: describeElement.toString(),
      arguments: [{ value: selector }],
      returnByValue: true,
    });
    if (result.value) return result.value as FocusedElement;
  }
  return null;
}

/** Whether a ring reads as drawn: a non-zero outline that is not `none`, or any box-shadow. */
export const drawsRing = ({ outline, boxShadow }: { outline: string; boxShadow: string }): boolean =>
  (!outline.startsWith('none') && !/^\S+ 0px/.test(outline)) || boxShadow !== 'none';
