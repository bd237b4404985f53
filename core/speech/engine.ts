/** A voice as the speech engine offers it. `id` is what settings remember (a voice URI). */
export interface Voice {
  id: string;
  name: string;
  /** BCP 47, as the engine reports it (`en-US`, `de`); may be empty. */
  lang: string;
  isDefault: boolean;
}

export interface Utterance {
  text: string;
  lang: string | null;
  voice: Voice | null;
  /** 1 is the voice's normal speed. */
  rate: number;
}

/** What an engine reports about one utterance; after `end` or `fail` it reports nothing more. */
export interface UtteranceEvents {
  start(): void;
  /** A word boundary, where the voice sends them: offsets into the utterance's text. */
  word(charIndex: number, charLength: number): void;
  end(): void;
  fail(reason: string): void;
}

/**
 * Speech behind an interface, so the queue is tested with a fake and the reader uses the browser's
 * speechSynthesis (components/speech-synthesis-engine.ts).
 */
export interface SpeechEngine {
  /** The voices installed; waits briefly for engines that list them late. */
  voices(signal?: AbortSignal): Promise<Voice[]>;
  speak(utterance: Utterance, events: UtteranceEvents): void;
  /** Stops whatever is being said; the utterance's own events after this are not wanted. */
  cancel(): void;
}
