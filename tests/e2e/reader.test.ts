import { launchChromiumDriver } from './chromium/driver';
import { describeReaderScenarios } from './scenarios';

// Runs against the built extension in .output/chrome-mv3: `npm run build` first (`npm test` does).
describeReaderScenarios('Chromium', () => launchChromiumDriver());
