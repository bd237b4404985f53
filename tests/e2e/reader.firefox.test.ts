import { launchFirefoxDriver } from './firefox/driver';
import { describeReaderScenarios } from './scenarios';
import { shortcutScenarios } from './scenarios/shortcuts';

// Runs against the built add-on in .output/firefox-mv3: `npm run build:firefox` first (`npm test` does).
// Firefox takes real key presses through its own input processor, so its shortcuts run with the rest.
describeReaderScenarios('Firefox', () => launchFirefoxDriver(), shortcutScenarios);
