import { setTimeout as delay } from 'node:timers/promises';
import { expect } from 'vitest';
import { waitUntil } from './wait-until';

/** What a read-aloud test needs of a browser with the reader open on /read-aloud.html. */
/** Runs in the page: whether its speech is speaking, and the sentence the reader highlights for it. */
export const speechNow = (): { speaking: boolean; sentence: string } => {
  const highlight = CSS.highlights.get('lectern-speech-sentence');
  return {
    speaking: speechSynthesis.speaking,
    sentence: highlight ? [...highlight].map((range) => String(range)).join('') : '',
  };
};

export interface ReadAloudView {
  /** The text the reader highlights as being read ('' for none). */
  highlighted(): Promise<string>;
  /** Whether the page's speech synthesis is speaking. */
  speaking(): Promise<boolean>;
  /** The names of the buttons in the tab's accessibility tree. */
  buttons(): Promise<string[]>;
  clickButton(name: string): Promise<void>;
}

/** Listen: the title is highlighted first, then reading goes on with the next sentence. */
export async function listenAndFollow(view: ReadAloudView): Promise<void> {
  await waitUntil(
    view.buttons,
    (names) => names.includes('Listen'),
    'the reader with its Listen button',
    15_000,
  );
  await view.clickButton('Listen');
  const first = await waitUntil(
    view.highlighted,
    (text) => text !== '',
    'the first sentence to be highlighted',
  );
  expect(first).toBe('The harbour wakes up');
  await waitUntil(view.buttons, (names) => names.includes('Pause'), 'Listen to turn into Pause');
  // The voice finishes the title (a real end event), and reading goes on with the next sentence.
  await waitUntil(view.highlighted, (text) => text === 'The first boat left at dawn.', 'the second sentence');
  expect(await view.speaking()).toBe(true);
}

/** Pause stops the voice and keeps the sentence; Resume goes on from it. */
export async function pauseAndResume(view: ReadAloudView): Promise<void> {
  await view.clickButton('Pause');
  await waitUntil(view.speaking, (on) => !on, 'speech to stop on Pause', 10_000);
  const at = await view.highlighted();
  await delay(2_000);
  expect(await view.highlighted()).toBe(at);
  expect(await view.buttons()).toContain('Resume');
  await view.clickButton('Resume');
  await waitUntil(view.speaking, (on) => on, 'speech to go on after Resume');
  expect(await view.highlighted()).toBe(at);
}

/**
 * Next, next again, then previous: back on the first of the two. Done while paused, so that a short sentence
 * ending by itself on a busy machine cannot move the highlight between a click and the check; then reading
 * goes on from there.
 */
export async function nextAndPrevious(view: ReadAloudView): Promise<void> {
  await view.clickButton('Pause');
  await waitUntil(view.speaking, (on) => !on, 'speech to stop on Pause', 10_000);
  const at = await view.highlighted();
  await view.clickButton('Next sentence');
  const next = await waitUntil(view.highlighted, (text) => text !== at, 'the next sentence', 15_000);
  await view.clickButton('Next sentence');
  await waitUntil(view.highlighted, (text) => text !== next && text !== at, 'the sentence after', 15_000);
  await view.clickButton('Previous sentence');
  await waitUntil(view.highlighted, (text) => text === next, 'the previous sentence again', 15_000);
  expect(await view.speaking()).toBe(false);
  await view.clickButton('Resume');
  await waitUntil(view.speaking, (on) => on, 'speech to go on from there');
}

/** After the reader was closed (`close`): speech stops, the highlight goes, and nothing starts again. */
export async function stopsOnClose(view: ReadAloudView, close: () => Promise<void>): Promise<void> {
  expect(await view.speaking()).toBe(true);
  await close();
  await waitUntil(view.buttons, (names) => !names.includes('Pause'), 'the reader to close', 10_000);
  await waitUntil(view.speaking, (on) => !on, 'speech to stop on close', 10_000);
  expect(await view.highlighted()).toBe('');
  await delay(2_000);
  expect(await view.speaking()).toBe(false);
}
