import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirefoxDriver } from './firefox/driver';
import { launchFirefoxWithExtension } from './firefox/launch';
import { ARTIFACTS_DIR } from './harness/paths';
import { startPageServer, type PageServer } from './harness/page-server';
import { startSpeechServices, type SpeechServices } from './speech/speech-services';
import {
  listenAndFollow,
  nextAndPrevious,
  pauseAndResume,
  stopsOnClose,
  type ReadAloudView,
  speechNow,
} from './speech/steps';
import { byRole, findAll } from './support/ax-tree';

// Real speech in Firefox ESR: it speaks through the system's speech service too, started here on a runtime
// folder of its own. Runs against the built add-on in .output/firefox-mv3: `npm run build:firefox` first.
// Slow on purpose: a busy machine took 15 s to list its voices.

let services: SpeechServices | null = null;
let server: PageServer | null = null;
let firefox: FirefoxDriver | null = null;
const driver = (): FirefoxDriver => {
  if (!firefox) throw new Error('Firefox did not start.');
  return firefox;
};

beforeAll(async () => {
  services = await startSpeechServices();
  server = await startPageServer();
  firefox = new FirefoxDriver(await launchFirefoxWithExtension(undefined, {}, services.env));
}, 120_000);
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  await services?.stop();
});

/** What the page's speech and the reader's sentence highlight are doing now. */
const state = () => driver().evaluate(speechNow, null);
const highlighted = async () => (await state()).sentence;
const speaking = async () => (await state()).speaking;
const buttons = async () => findAll(await driver().axTree(), byRole('button')).map((node) => node.name);

const view: ReadAloudView = {
  highlighted,
  speaking,
  buttons,
  clickButton: (name) => driver().clickByRole('button', name),
};

describe('read aloud with real voices in Firefox', () => {
  it('Listen reads the article aloud and the highlight follows sentence after sentence', async () => {
    await driver().openPage(server!.url('/read-aloud.html'));
    await driver().clickToolbarButton();
    await listenAndFollow(view);
    await driver().screenshot(resolve(ARTIFACTS_DIR, 'read-aloud-firefox.png'));
    expect(driver().pageErrors()).toEqual([]);
    // Listing the voices alone took most of a minute on a busy machine.
  }, 240_000);

  it('pauses and resumes on the same sentence', () => pauseAndResume(view), 120_000);

  it('goes to the next and the previous sentence', () => nextAndPrevious(view), 120_000);

  it('stops reading when the reader closes', async () => {
    await stopsOnClose(view, () => driver().pressKey('Escape'));
    expect(driver().backgroundErrors()).toEqual([]);
  }, 60_000);
});
