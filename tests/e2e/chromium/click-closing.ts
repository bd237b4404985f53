import type { Locator, Page } from 'playwright-core';
import { waitUntil } from '../scenarios/reader-ui';

/**
 * Clicks a button that closes the frame it is in (a framed editor's Done), as a mouse does, and waits for
 * the frame to be gone.
 *
 * Not `locator.click()` nor an awaited `page.mouse.click()`: the button's page asks the reader to remove its
 * frame, and when that happens before Chromium has acknowledged the mouse release to DevTools (a busy
 * machine), `Input.dispatchMouseEvent` never answers and the click hangs until the test times out, though
 * the user's click worked. What the test waits for is what the user sees: the frame closing.
 */
export async function clickClosingFrame(
  page: Page,
  button: Locator,
  closed: () => Promise<boolean>,
  what: string,
): Promise<void> {
  await button.waitFor({ state: 'visible' });
  const box = await button.boundingBox();
  if (!box) throw new Error(`${what}: the button has no box to click.`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // The release that closes the frame: it may never be acknowledged (see above); its failure when the tab
  // closes later is not this test's.
  page.mouse.up().catch(() => undefined);
  await waitUntil(closed, what);
}
