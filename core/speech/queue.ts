import type { SpeechEngine, Voice } from './engine';

export type SpeechStatus = 'idle' | 'playing' | 'paused' | 'ended';

/** The word being said, as offsets into the current sentence's text (only where the voice sends them). */
export interface WordSpan {
  start: number;
  end: number;
}

export interface SpeechState {
  status: SpeechStatus;
  /** The sentence being read, or to be read on resume. */
  index: number;
  word: WordSpan | null;
  /** Why reading stopped, when the engine failed. */
  failure: string | null;
}

/** What the queue reads: each item's text and language. */
export interface QueueItem {
  text: string;
  lang: string | null;
}

export interface QueueOptions {
  rate: number;
  /** The voice for a language (the user's choice for it, else the engine's best). */
  voiceFor: (lang: string | null) => Voice | null;
  onChange: (state: SpeechState) => void;
}

/** Reasons engines give when an utterance is cut short on purpose, which are not failures. */
const CUT_SHORT = new Set(['interrupted', 'canceled']);

/**
 * Reads items one after another through an engine, with play, pause, resume, previous, next and speed.
 * Pausing cancels the utterance and resuming says the sentence again from its start: engines differ in
 * whether and how they pause (and some never resume), but all of them can cancel and speak. Each
 * utterance carries a serial number, so the events of one that was cancelled change nothing.
 */
export class SpeechQueue {
  private state: SpeechState = { status: 'idle', index: 0, word: null, failure: null };
  private serial = 0;

  constructor(
    private readonly engine: SpeechEngine,
    private readonly items: readonly QueueItem[],
    private readonly options: QueueOptions,
  ) {}

  get current(): SpeechState {
    return this.state;
  }

  get rate(): number {
    return this.options.rate;
  }

  /** Starts reading at `from` (default: where it is), from the top again after the end. */
  play(from: number = this.state.status === 'ended' ? 0 : this.state.index): void {
    if (this.items.length === 0) return this.set({ status: 'ended', index: 0 });
    this.speak(Math.min(Math.max(from, 0), this.items.length - 1));
  }

  pause(): void {
    if (this.state.status !== 'playing') return;
    this.silence();
    this.set({ status: 'paused', word: null });
  }

  resume(): void {
    if (this.state.status === 'paused') this.play();
  }

  /** Play when stopped or paused, pause when playing. */
  toggle(): void {
    if (this.state.status === 'playing') this.pause();
    else this.play();
  }

  next(): void {
    this.move(this.state.index + 1);
  }

  previous(): void {
    this.move(this.state.index - 1);
  }

  /** Goes to sentence `index`; reading goes on from there if it was reading. */
  move(index: number): void {
    const to = Math.min(Math.max(index, 0), Math.max(this.items.length - 1, 0));
    if (this.state.status === 'playing') this.speak(to);
    else
      this.set({
        index: to,
        word: null,
        status: this.state.status === 'ended' ? 'paused' : this.state.status,
      });
  }

  /** A new speed (or voice, through `voiceFor`) is heard from the start of the current sentence. */
  setRate(rate: number): void {
    this.options.rate = rate;
    this.restart();
  }

  restart(): void {
    if (this.state.status === 'playing') this.speak(this.state.index);
  }

  /** Stops reading for good (the reader closes): nothing is said after this. */
  stop(): void {
    this.silence();
    this.set({ status: 'idle', word: null });
  }

  private silence(): void {
    this.serial++;
    this.engine.cancel();
  }

  private speak(index: number): void {
    this.silence();
    const serial = this.serial;
    const item = this.items[index];
    if (!item) return;
    const mine = () => serial === this.serial;
    this.set({ status: 'playing', index, word: null, failure: null });
    this.engine.speak(
      { text: item.text, lang: item.lang, voice: this.options.voiceFor(item.lang), rate: this.options.rate },
      {
        start: () => undefined,
        word: (charIndex, charLength) => {
          if (!mine()) return;
          const end = charLength > 0 ? charIndex + charLength : wordEnd(item.text, charIndex);
          this.set({ word: { start: charIndex, end } });
        },
        end: () => {
          if (!mine()) return;
          if (index + 1 < this.items.length) this.speak(index + 1);
          else this.set({ status: 'ended', word: null });
        },
        fail: (reason) => {
          if (!mine() || CUT_SHORT.has(reason)) return;
          this.serial++;
          this.set({ status: 'idle', word: null, failure: reason });
        },
      },
    );
  }

  private set(change: Partial<SpeechState>): void {
    this.state = { ...this.state, ...change };
    this.options.onChange(this.state);
  }
}

/** Where the word starting at `from` ends, for voices that send a boundary without its length. */
function wordEnd(text: string, from: number): number {
  const match = /[\s\p{P}]/u.exec(text.slice(from + 1));
  return match ? from + 1 + match.index : text.length;
}
