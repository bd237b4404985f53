import { resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirefoxDriver } from './firefox/driver';
import { launchFirefoxWithExtension } from './firefox/launch';
import { ARTIFACTS_DIR } from './harness/paths';
import { startPageServer, type PageServer } from './harness/page-server';
import { startSpeechServices, type SpeechServices } from './speech/speech-services';
import { byRole, findAll } from './support/ax-tree';

// Real speech in Firefox ESR: it speaks through the system's speech service too, started here on a runtime
// folder of its own. Runs against the built add-on in .output/firefox-mv3: `npm run build:firefox` first.
// Slow on purpose: a busy machine took 15 s to list its voices.
const SLOW = 90_000;

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
const state = () =>
  driver().evaluate(() => {
    const highlight = CSS.highlights.get('lectern-speech-sentence');
    return {
      speaking: speechSynthesis.speaking,
      sentence: highlight ? [...highlight].map((range) => String(range)).join('') : '',
    };
  }, null);
const highlighted = async () => (await state()).sentence;
const speaking = async () => (await state()).speaking;
const buttons = async () => findAll(await driver().axTree(), byRole('button')).map((node) => node.name);

async function waitFor<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  ms = SLOW,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Waited ${ms} ms for ${what}; last: ${JSON.stringify(value)}`);
    await delay(200);
  }
}

describe('read aloud with real voices in Firefox', () => {
  it('Listen reads the article aloud and the highlight follows sentence after sentence', async () => {
    await driver().openPage(server!.url('/read-aloud.html'));
    await driver().clickToolbarButton();
    await waitFor(buttons, (names) => names.includes('Listen'), 'the reader with its Listen button', 15_000);
    await driver().clickByRole('button', 'Listen');
    const first = await waitFor(highlighted, (text) => text !== '', 'the first sentence to be highlighted');
    expect(first).toBe('The harbour wakes up');
    expect(await buttons()).toContain('Pause');
    await waitFor(highlighted, (text) => text === 'The first boat left at dawn.', 'the second sentence');
    expect(await speaking()).toBe(true);
    await driver().screenshot(resolve(ARTIFACTS_DIR, 'read-aloud-firefox.png'));
    expect(driver().pageErrors()).toEqual([]);
  }, 120_000);

  it('pauses and resumes on the same sentence', async () => {
    await driver().clickByRole('button', 'Pause');
    await waitFor(speaking, (on) => !on, 'speech to stop on Pause', 10_000);
    const at = await highlighted();
    await delay(2_000);
    expect(await highlighted()).toBe(at);
    expect(await buttons()).toContain('Resume');
    await driver().clickByRole('button', 'Resume');
    await waitFor(speaking, (on) => on, 'speech to go on after Resume');
    expect(await highlighted()).toBe(at);
  }, 120_000);

  it('goes to the next and the previous sentence', async () => {
    const at = await highlighted();
    await driver().clickByRole('button', 'Next sentence');
    const next = await waitFor(highlighted, (text) => text !== at, 'the next sentence', 15_000);
    await driver().clickByRole('button', 'Next sentence');
    await waitFor(highlighted, (text) => text !== next && text !== at, 'the sentence after', 15_000);
    await driver().clickByRole('button', 'Previous sentence');
    await waitFor(highlighted, (text) => text === next, 'the previous sentence again', 15_000);
    await waitFor(speaking, (on) => on, 'speech to go on from there');
  }, 120_000);

  it('stops reading when the reader closes', async () => {
    await driver().pressKey('Escape');
    await waitFor(buttons, (names) => !names.includes('Pause'), 'the reader to close', 10_000);
    await waitFor(speaking, (on) => !on, 'speech to stop on close', 10_000);
    expect(await highlighted()).toBe('');
    await delay(2_000);
    expect(await speaking()).toBe(false);
    expect(driver().backgroundErrors()).toEqual([]);
  }, 60_000);
});
