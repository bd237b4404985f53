import type { LibraryBrowser } from '../chromium/library-browser';
import { hasNode, waitForAx } from '../library/steps';
import { dialogs, waitUntil } from '../scenarios/reader-ui';

/** Opens the reader on the current page with the toolbar button and saves with its Save button. */
export async function saveFromReader(browser: LibraryBrowser): Promise<void> {
  await browser.clickToolbarButton();
  await browser.afterClick(() =>
    waitForAx(browser, (t) => dialogs(t).length > 0 && hasNode('button', 'Save')(t), 'the reader'),
  );
  await pressSave(browser);
}

/** Presses the open reader's Save button and waits for the button to say Saved and the popup to show it. */
export async function pressSave(browser: LibraryBrowser): Promise<void> {
  await browser.clickByRole('button', 'Save');
  await waitForAx(browser, hasNode('button', 'Saved'), 'the button to say Saved');
  await waitUntil(
    async () => browser.saveFrame()?.getByText('Saved ✓').isVisible() ?? false,
    'the save popup',
  );
}
