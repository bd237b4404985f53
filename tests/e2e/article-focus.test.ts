import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAxTree } from './chromium/ax';
import { drawsRing, focusedInReader, type FocusedElement } from './chromium/focused-element';
import { comparePngs } from './security/pixels';
import { byRole, findAll } from './support/ax-tree';
import { ARTIFACTS_DIR } from './harness/paths';
import { useExtensionBrowser } from './harness/use-extension-browser';

const PAGE = '/focus/linked-image.html';
const PHOTO_PATH = '/focus/harbour.svg';
/** The ring must show as at least this many changed pixels around the picture (a 3px ring is ~3,000). */
const MIN_RING_PIXELS = 500;

const suite = useExtensionBrowser();

async function openReader(): Promise<{ page: Page; session: CDPSession }> {
  const { page, session } = await suite.browser().openTab(suite.server().url(PAGE), {
    // Tall enough that the picture and the ring around it are on screen without scrolling.
    viewport: { width: 1280, height: 900 },
  });
  await suite.browser().clickToolbarButton(page);
  for (let tries = 0; findAll(await readAxTree(session), byRole('dialog')).length === 0; tries++) {
    if (tries === 100) throw new Error('The reader did not open on the linked-image page.');
    await delay(100);
  }
  return { page, session };
}

/** Presses Tab until the reader's focus is on a link to `path`; null when it never gets there. */
async function tabTo(page: Page, session: CDPSession, path: string): Promise<FocusedElement | null> {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    const focused = await focusedInReader(session);
    // The sanitizer makes links absolute.
    if (focused?.href && new URL(focused.href).pathname === path) return focused;
  }
  return null;
}

/** The picture and a margin around it, where a focus ring would be drawn. */
const around = ({ rect }: FocusedElement, margin = 8) => ({
  x: rect.x - margin,
  y: rect.y - margin,
  width: rect.width + 2 * margin,
  height: rect.height + 2 * margin,
});

// Runs against the built extension in .output/chrome-mv3: `npm run build` first (`npm test` does).
describe('Keyboard focus in the article (Chromium)', () => {
  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
  });

  it('a linked picture reached with Tab shows a focus ring', async () => {
    const { page, session } = await openReader();
    await page.emulateMedia({ reducedMotion: 'reduce' });

    const photo = await tabTo(page, session, PHOTO_PATH);
    expect(photo, 'Tab never reached the picture link').not.toBeNull();
    expect(photo!.rect.width * photo!.rect.height).toBeGreaterThan(0);
    expect(photo!.rings.some(drawsRing), JSON.stringify(photo!.rings)).toBe(true);
    const focusedShot = await page.screenshot({ clip: around(photo!) });
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'focus-image-link.png') });

    // The same picture with focus on the next link (the reader may have scrolled): the ring is what differs.
    const next = await tabTo(page, session, '/focus/visit.html');
    expect(next, 'Tab never left the picture link for the next one').not.toBeNull();
    const unfocused = await focusedInReader(session, `a[href$="${PHOTO_PATH}"]`);
    const after = await page.screenshot({ clip: around(unfocused!) });
    const { differing } = comparePngs(focusedShot, after);
    console.log(`Focus ring on the picture link: ${differing} pixels`);
    expect(differing).toBeGreaterThan(MIN_RING_PIXELS);
  });
});
