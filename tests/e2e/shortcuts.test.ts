import { afterAll } from 'vitest';
import { launchChromiumDriver } from './chromium/driver';
import { describeScenarios } from './scenarios';
import { shortcutScenarios } from './scenarios/shortcuts';
import { startVirtualDisplay, type VirtualDisplay } from './harness/virtual-display';

// Chromium handles extension shortcuts in its browser window, which a headless browser does not have:
// this file runs a headed Chromium on a virtual display of its own and presses the keys there.
// Runs against the built extension in .output/chrome-mv3: `npm run build` first (`npm test` does).
let display: VirtualDisplay | null = null;
afterAll(async () => {
  await display?.close();
});

describeScenarios(
  'Lectern’s browser shortcuts in a headed Chromium',
  async () => {
    display = await startVirtualDisplay();
    return launchChromiumDriver({
      headless: false,
      display: display.display,
      extraArgs: ['--window-position=0,0', '--window-size=1280,800'],
    });
  },
  [shortcutScenarios],
);
