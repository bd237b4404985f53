import type { SpeechEngine, Utterance, UtteranceEvents, Voice } from '../core/speech/engine';

/** How long to wait for a browser that lists its voices late (a busy Linux speech service took 18 s). */
const VOICES_WAIT_MS = 30_000;

const asVoice = (voice: SpeechSynthesisVoice): Voice => ({
  id: voice.voiceURI || voice.name,
  name: voice.name,
  lang: voice.lang,
  isDefault: voice.default,
});

/** The browser's speechSynthesis as Lectern's speech engine. */
export class SpeechSynthesisEngine implements SpeechEngine {
  // Held so the browser does not collect an utterance mid-sentence and drop its events (a Chromium bug).
  private speaking: SpeechSynthesisUtterance | null = null;

  constructor(private readonly synth: SpeechSynthesis) {}

  /** The engine of this window, or null where the browser offers no speech synthesis. */
  static ofWindow(win: Window = window): SpeechSynthesisEngine | null {
    return 'speechSynthesis' in win && win.speechSynthesis
      ? new SpeechSynthesisEngine(win.speechSynthesis)
      : null;
  }

  voices(signal?: AbortSignal): Promise<Voice[]> {
    const listed = this.synth.getVoices();
    if (listed.length > 0 || signal?.aborted) return Promise.resolve(listed.map(asVoice));
    return new Promise((resolve) => {
      const controller = new AbortController();
      const done = () => {
        controller.abort();
        clearTimeout(timer);
        resolve(this.synth.getVoices().map(asVoice));
      };
      const timer = setTimeout(done, VOICES_WAIT_MS);
      this.synth.addEventListener('voiceschanged', () => this.synth.getVoices().length > 0 && done(), {
        signal: controller.signal,
      });
      signal?.addEventListener('abort', done, { signal: controller.signal });
    });
  }

  speak(utterance: Utterance, events: UtteranceEvents): void {
    const said = new SpeechSynthesisUtterance(utterance.text);
    if (utterance.lang) said.lang = utterance.lang;
    const voice = this.synth.getVoices().find((v) => (v.voiceURI || v.name) === utterance.voice?.id);
    if (voice) {
      said.voice = voice;
      said.lang = voice.lang || said.lang;
    }
    said.rate = utterance.rate;
    said.onstart = () => events.start();
    said.onboundary = (event) => {
      if (event.name === 'word') events.word(event.charIndex, event.charLength ?? 0);
    };
    said.onend = () => events.end();
    said.onerror = (event) => events.fail(event.error);
    this.speaking = said;
    this.synth.speak(said);
  }

  cancel(): void {
    // The cancelled utterance reports an error ("interrupted") later; nobody is listening any more.
    if (this.speaking) this.speaking.onend = this.speaking.onerror = this.speaking.onboundary = null;
    this.speaking = null;
    this.synth.cancel();
  }
}
