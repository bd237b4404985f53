import { resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byRole, collapse, findAll, textOf } from './support/ax-tree';
import { blocking, runAxe } from './support/axe';
import { ARTIFACTS_DIR } from './harness/paths';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { startSpeechServices, type SpeechServices } from './speech/speech-services';
import {
  listenAndFollow,
  nextAndPrevious,
  pauseAndResume,
  stopsOnClose,
  type ReadAloudView,
  speechNow,
} from './speech/steps';
import { waitUntil } from './speech/wait-until';

// Real speech: Chromium speaks through the system's speech service (`--enable-speech-dispatcher`), which this
// file starts on a runtime folder of its own. Run `npm run build` first. Slow on purpose: a busy machine took
// 18 s to list its voices and up to 15 s before the first sentence was heard.
const env: Record<string, string> = {};
let services: SpeechServices | null = null;

// Registered before the browser's hooks: the services start before Chromium and stop after it.
beforeAll(async () => {
  services = await startSpeechServices();
  Object.assign(env, services.env);
}, 120_000);
afterAll(() => services?.stop());

const suite = useExtensionBrowser({ launch: { extraArgs: ['--enable-speech-dispatcher'], env } });
const browser = suite.browser;

/** The text the reader highlights as being read, seen from the page (the highlight registry is the page's). */
const highlighted = async () => (await browser().page.evaluate(speechNow)).sentence;
const speaking = async () => (await browser().page.evaluate(speechNow)).speaking;

const buttons = async () => findAll(await browser().axTree(), byRole('button')).map((node) => node.name);
const view: ReadAloudView = {
  highlighted,
  speaking,
  buttons,
  clickButton: (name) => browser().clickByRole('button', name),
};

describe('read aloud with real voices in Chromium', () => {
  it('Listen reads the article aloud and the highlight follows sentence after sentence', async () => {
    await browser().openTab(suite.server().url('/read-aloud.html'), { accessibility: true });
    await browser().clickToolbarButton();
    await listenAndFollow(view);
    await browser().page.screenshot({ path: resolve(ARTIFACTS_DIR, 'read-aloud-light.png') });
  });

  it('pauses and resumes', async () => {
    await pauseAndResume(view);
    // Every read-aloud control named, no serious accessibility problem in the reader while it reads.
    const names = await buttons();
    for (const name of ['Pause', 'Previous sentence', 'Next sentence', 'Stop reading aloud']) {
      expect(names).toContain(name);
    }
    expect(blocking(await runAxe(browser().tab.session, ['lectern-reader']))).toEqual([]);
  });

  it('goes to the next and the previous sentence', () => nextAndPrevious(view));

  it('reading goes on through theme and text size changes, the highlight in the theme’s colours', async () => {
    const at = await highlighted();
    await browser().page.keyboard.press('t'); // auto → light
    await browser().page.keyboard.press('t'); // light → dark
    await browser().page.keyboard.press('+');
    expect(await speaking()).toBe(true);
    const now = await highlighted();
    expect(now === at || now !== '').toBe(true);
    await delay(300);
    await browser().page.screenshot({ path: resolve(ARTIFACTS_DIR, 'read-aloud-dark.png') });
    await waitUntil(highlighted, (text) => text !== now && text !== '', 'reading to go on after the changes');
  });

  it('reads faster at a higher speed', async () => {
    /** Characters per second of the next whole sentence read, from its highlight to the next one's. */
    const pace = async (): Promise<number> => {
      const before = await highlighted();
      const timed = await waitUntil(highlighted, (text) => text !== before, 'a new sentence');
      const began = Date.now();
      await waitUntil(highlighted, (text) => text !== timed, 'the timed sentence to end');
      return (timed.length * 1000) / (Date.now() - began);
    };
    const chooseSpeed = async (key: 'Home' | 'End') => {
      await browser().clickByRole('combobox', 'Speed');
      await browser().page.keyboard.press(key);
      await browser().page.keyboard.press('Enter');
    };
    await chooseSpeed('Home'); // 0.5×
    const slow = await pace();
    await chooseSpeed('End'); // 3×
    const fast = await pace();
    expect(
      fast / slow,
      `${slow.toFixed(1)} characters a second at 0.5×, ${fast.toFixed(1)} at 3×`,
    ).toBeGreaterThan(2);
    const stored = await browser().inBackground(async () => {
      const { settings } = await (
        globalThis as unknown as {
          chrome: {
            storage: { sync: { get(key: string): Promise<{ settings?: { speechRate?: number } }> } };
          };
        }
      ).chrome.storage.sync.get('settings');
      return settings?.speechRate;
    });
    expect(stored).toBe(3);
  });

  it('stops reading when the reader closes', () =>
    stopsOnClose(view, () => browser().page.keyboard.press('Escape')));

  it('says when the browser has no voice for the article’s language, and what to do', async () => {
    await browser().openTab(suite.server().url('/read-aloud-no-voice.html'), { accessibility: true });
    await browser().clickToolbarButton();
    await waitUntil(
      buttons,
      (names) => names.includes('Listen'),
      'the reader with its Listen button',
      15_000,
    );
    await browser().clickByRole('button', 'Listen');
    const alert = await waitUntil(
      async () => findAll(await browser().axTree(), byRole('alert')).map((node) => collapse(textOf(node))),
      (alerts) => alerts.some((text) => text.includes('no voice')),
      'the no-voice message',
    );
    // The language's name where the browser's own language names know it (Chromium's do not name Tibetan).
    expect(alert.join(' ')).toMatch(/The browser has no voice for (Tibetan|bo)\. Add one in your system/);
    expect(await speaking()).toBe(false);
    expect(await highlighted()).toBe('');
  });
});
