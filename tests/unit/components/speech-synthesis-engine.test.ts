import { describe, expect, it } from 'vitest';
import { SpeechSynthesisEngine } from '../../../components/speech-synthesis-engine';

/** jsdom has no speech: a stand-in with what the engine uses, keeping what it was asked to say. */
class FakeUtterance {
  lang = '';
  rate = 1;
  voice: unknown = null;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  onboundary: ((event: { name: string; charIndex: number; charLength?: number }) => void) | null = null;
  constructor(readonly text: string) {}
}

function fakeSynth(voices: { voiceURI: string; name: string; lang: string; default: boolean }[]) {
  const said: FakeUtterance[] = [];
  let cancels = 0;
  const listeners: (() => void)[] = [];
  const synth = {
    getVoices: () => voices,
    speak: (u: FakeUtterance) => said.push(u),
    cancel: () => cancels++,
    addEventListener: (_: string, fn: () => void) => listeners.push(fn),
  };
  return { synth: synth as unknown as SpeechSynthesis, said, cancels: () => cancels, listeners };
}

describe('the browser speech engine', () => {
  it('speaks with the chosen voice, its language and the rate, and passes the events on', () => {
    (globalThis as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance = FakeUtterance;
    const german = { voiceURI: 'German espeak-ng', name: 'German espeak-ng', lang: 'de', default: false };
    const { synth, said, cancels } = fakeSynth([german]);
    const engine = new SpeechSynthesisEngine(synth);
    const events: string[] = [];
    engine.speak(
      {
        text: 'Guten Tag.',
        lang: 'de-AT',
        rate: 1.5,
        voice: { id: 'German espeak-ng', name: '', lang: 'de', isDefault: false },
      },
      {
        start: () => events.push('start'),
        word: (i, n) => events.push(`word ${i} ${n}`),
        end: () => events.push('end'),
        fail: (reason) => events.push(`fail ${reason}`),
      },
    );
    const [utterance] = said as [FakeUtterance];
    expect(utterance).toMatchObject({ text: 'Guten Tag.', rate: 1.5, voice: german, lang: 'de' });
    utterance.onstart?.();
    utterance.onboundary?.({ name: 'word', charIndex: 6, charLength: 3 });
    utterance.onboundary?.({ name: 'sentence', charIndex: 0 });
    utterance.onend?.();
    expect(events).toEqual(['start', 'word 6 3', 'end']);
    engine.cancel();
    expect(cancels()).toBe(1);
    // A cancelled utterance's late error reaches no one.
    expect(utterance.onerror).toBeNull();
  });

  it('waits for voices listed late, and gives up with none', async () => {
    const late = fakeSynth([]);
    const engine = new SpeechSynthesisEngine(late.synth);
    const controller = new AbortController();
    const listing = engine.voices(controller.signal);
    controller.abort();
    expect(await listing).toEqual([]);
  });
});
