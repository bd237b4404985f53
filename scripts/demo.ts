/**
 * `npm run demo`: the reader on the seed news page, in Chromium with the freshly built extension.
 * With a display, a browser window opens on the page and the toolbar button is clicked for you; close the
 * window to end the demo. Without one, the same happens headless and a screenshot is written instead.
 */
import { relative, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { readAxTree } from '../tests/e2e/chromium/ax';
import { launchChromiumWithExtension } from '../tests/e2e/harness/launch';
import { clickToolbarButton } from '../tests/e2e/chromium/toolbar';
import { byRole, findAll } from '../tests/e2e/support/ax-tree';
import { ARTIFACTS_DIR } from '../tests/e2e/harness/paths';
import { SEED_PAGE_PATH, startPageServer } from '../tests/e2e/harness/page-server';

const SCREENSHOT = resolve(ARTIFACTS_DIR, 'demo-overlay.png');
const headed = Boolean(process.env.DISPLAY);

const server = await startPageServer();
const chromium = await launchChromiumWithExtension({ headless: !headed });
const shutDown = async () => {
  await chromium.close().catch(() => undefined);
  await server.close();
};
process.once('SIGINT', () => void shutDown().then(() => process.exit(130)));

try {
  const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  await page.goto(server.url(SEED_PAGE_PATH));
  await clickToolbarButton(chromium.context, chromium.browserSession, chromium.extensionId, page);

  // The reader sits in a closed shadow root: the accessibility tree is where its dialog can be seen.
  const session = await chromium.context.newCDPSession(page);
  for (let tries = 0; findAll(await readAxTree(session), byRole('dialog')).length === 0; tries++) {
    if (tries === 100) throw new Error('The reader did not open on the demo page.');
    await delay(100);
  }
  await session.detach();

  if (headed) {
    console.log('Lectern is open on the demo page. Close the browser window to end the demo.');
    await new Promise<void>((done) => chromium.context.once('close', () => done()));
  } else {
    await page.screenshot({ path: SCREENSHOT, caret: 'initial' });
    console.log(
      `No display: ran headless. The reader on the demo page: ${relative(process.cwd(), SCREENSHOT)}`,
    );
  }
} finally {
  await shutDown();
}
