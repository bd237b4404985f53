import type { SpeechEngine, Utterance, UtteranceEvents, Voice } from '../../../core/speech/engine';

/** An engine that says nothing: the test decides when each utterance starts, sends words and ends. */
export class FakeEngine implements SpeechEngine {
  readonly spoken: Utterance[] = [];
  cancels = 0;
  private events: UtteranceEvents | null = null;

  constructor(private readonly installed: Voice[] = []) {}

  voices(): Promise<Voice[]> {
    return Promise.resolve(this.installed);
  }

  speak(utterance: Utterance, events: UtteranceEvents): void {
    this.spoken.push(utterance);
    this.events = events;
  }

  cancel(): void {
    this.cancels++;
    // Browsers report a cancelled utterance as interrupted, after the fact.
    const cut = this.events;
    queueMicrotask(() => cut?.fail('interrupted'));
  }

  /** The current utterance finishes. */
  finish(): void {
    this.events?.end();
  }

  word(charIndex: number, charLength = 0): void {
    this.events?.word(charIndex, charLength);
  }

  fail(reason: string): void {
    this.events?.fail(reason);
  }

  get said(): string[] {
    return this.spoken.map((u) => u.text);
  }
}
