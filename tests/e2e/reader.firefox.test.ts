import { launchFirefoxDriver } from './firefox/driver';
import { firefoxScenarios } from './firefox/scenarios';
import { describeReaderScenarios } from './scenarios';

// Runs against the built add-on in .output/firefox-mv3: `npm run build:firefox` first (`npm test` does).
describeReaderScenarios('Firefox', () => launchFirefoxDriver(), firefoxScenarios);
