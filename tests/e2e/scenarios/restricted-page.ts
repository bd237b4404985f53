import { expect, it } from 'vitest';
import type { ScenarioContext } from './context';
import { waitUntil } from './reader-ui';

export function restrictedPageScenarios({ driver }: ScenarioContext): void {
  it('marks the toolbar button with "!" on a browser page it may not read, without a background error', async () => {
    await driver().openPage(driver().restrictedPageUrl);
    expect(await driver().badgeText()).toBe('');

    await driver().clickToolbarButton();
    await waitUntil(async () => (await driver().badgeText()) !== '', 'a badge on the toolbar button');

    expect(await driver().badgeText()).toBe('!');
    expect(driver().backgroundErrors()).toEqual([]);
  });
}
