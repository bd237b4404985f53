import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Voice } from '../core/speech/engine';
import { SpeechQueue, type SpeechState } from '../core/speech/queue';
import { sentenceAt, speechSentences, type Sentence } from '../core/speech/units';
import { chooseVoice, primaryLanguage, voicesFor } from '../core/speech/voices';
import type { Settings } from '../core/settings/settings';
import { selectionPointIn, type CaretPoint } from './selection-point';
import { createSpeechHighlight } from './speech-highlight';
import { SpeechSynthesisEngine } from './speech-synthesis-engine';
import type { SettingsChange } from './use-live-settings';

/** What keeps the reader from reading aloud, as the user is told. */
export type SpeechProblem =
  { kind: 'unavailable' } | { kind: 'no-voice'; lang: string } | { kind: 'failed'; reason: string };

export interface ReadAloud {
  state: SpeechState;
  /** null until the voices were asked for (on the first Listen). */
  voices: Voice[] | null;
  /** The voices offered: those of the article's language. */
  choices: Voice[];
  voice: Voice | null;
  loading: boolean;
  rate: number;
  problem: SpeechProblem | null;
  /** Listen: play from the caret or click, or pause, or resume. */
  toggle(): void;
  previous(): void;
  next(): void;
  stop(): void;
  setRate(rate: number): void;
  setVoice(id: string): void;
}

const IDLE: SpeechState = { status: 'idle', index: 0, word: null, failure: null };
/** The reader's own lines above the article (site name, byline), not part of what is read. */
const NOT_READ = '.site-name, .details';

/** Keeps the sentence being read in view below the toolbar, without moving the page for every sentence. */
function keepInView(sentence: Sentence): void {
  const range = sentence.start.node.ownerDocument.createRange();
  range.setStart(sentence.start.node, sentence.start.offset);
  range.setEnd(sentence.end.node, sentence.end.offset);
  const rect = range.getBoundingClientRect();
  const view = sentence.block.ownerDocument.defaultView;
  if (!view || (rect.top >= 96 && rect.bottom <= view.innerHeight - 24)) return;
  const reduced = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  (sentence.start.node.parentElement ?? sentence.block).scrollIntoView({
    block: 'center',
    behavior: reduced ? 'auto' : 'smooth',
  });
}

/**
 * Read aloud for the reader: sentences of the article in `page`, a queue over the browser's speech, the
 * highlight, and the voice and speed from settings. Everything it starts stops when the reader unmounts
 * or the page is left.
 */
export function useReadAloud(
  page: RefObject<HTMLElement | null>,
  lang: string | null,
  settings: Settings,
  change: (change: SettingsChange) => void,
): ReadAloud {
  // Asked for on the first Listen: the browser's speech starts up (and lists its voices) when a page first
  // touches it, work the reader's opening does not wait for.
  const engine = useRef<SpeechSynthesisEngine | null | undefined>(undefined);
  const engineNow = () =>
    engine.current === undefined ? (engine.current = SpeechSynthesisEngine.ofWindow()) : engine.current;
  const [state, setState] = useState<SpeechState>(IDLE);
  const [voices, setVoices] = useState<Voice[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<SpeechProblem | null>(null);
  const latest = useRef({ settings, voices });
  latest.current = { settings, voices };
  const queue = useRef<SpeechQueue | null>(null);
  const sentences = useRef<Sentence[]>([]);
  const clicked = useRef<CaretPoint | null>(null);
  const highlight = useMemo(() => createSpeechHighlight(), []);
  const lifetime = useMemo(() => new AbortController(), []);

  const voiceFor = (sentenceLang: string | null) =>
    chooseVoice(latest.current.voices ?? [], sentenceLang ?? lang, latest.current.settings.speechVoices);

  const queueFor = (root: Element, speech: SpeechSynthesisEngine): SpeechQueue => {
    if (queue.current) return queue.current;
    sentences.current = speechSentences(root, { lang, skip: NOT_READ });
    const onChange = (next: SpeechState) => {
      setState(next);
      if (next.failure) setProblem({ kind: 'failed', reason: next.failure });
      const sentence = sentences.current[next.index];
      if (next.status === 'idle' || !sentence) return highlight.clear();
      highlight.show(sentence, next.word);
      if (!next.word) keepInView(sentence);
    };
    return (queue.current = new SpeechQueue(speech, sentences.current, {
      rate: latest.current.settings.speechRate,
      voiceFor,
      onChange,
    }));
  };

  /** The sentence the user pointed at: the caret or a selection in the article, else the last click. */
  const pointedAt = (root: Element): number | null => {
    const point = selectionPointIn(root) ?? clicked.current;
    clicked.current = null;
    return point ? sentenceAt(sentences.current, point.node, point.offset) : null;
  };

  const start = async () => {
    const root = page.current?.querySelector('article') ?? null;
    const speech = engineNow();
    if (!speech || !root) return setProblem({ kind: 'unavailable' });
    let installed = latest.current.voices;
    if (!installed) {
      setLoading(true);
      installed = await speech.voices(lifetime.signal);
      setLoading(false);
      if (lifetime.signal.aborted) return;
      latest.current.voices = installed;
      setVoices(installed);
    }
    if (!chooseVoice(installed, lang, settings.speechVoices)) {
      return setProblem({ kind: 'no-voice', lang: lang ?? '' });
    }
    setProblem(null);
    const reading = queueFor(root, speech);
    reading.play(pointedAt(root) ?? undefined);
  };

  // Stop on close (unmount) and when the tab leaves the page: speech would otherwise go on by itself.
  useEffect(() => {
    const { signal } = lifetime;
    window.addEventListener('pagehide', () => queue.current?.stop(), { signal });
    return () => {
      lifetime.abort();
      queue.current?.stop();
      highlight.clear();
    };
  }, []);

  // A click in the article while reading moves the reading there; before reading, it is where Listen starts.
  useEffect(() => {
    const root = page.current;
    if (!root) return;
    const controller = new AbortController();
    root.addEventListener(
      'click',
      (event: Event) => {
        const target = event.target as Element;
        if (!target.closest?.('article') || target.closest('a, button, summary, input, select')) return;
        const article = target.closest('article')!;
        const point = selectionPointIn(article);
        const reading = queue.current;
        if (reading && reading.current.status !== 'idle' && point) {
          const index = sentenceAt(sentences.current, point.node, point.offset);
          if (index !== null) reading.move(index);
        } else clicked.current = point;
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, [page]);

  // A speed chosen elsewhere (the options page, another tab) is heard from the current sentence on.
  useEffect(() => {
    if (queue.current && queue.current.rate !== settings.speechRate)
      queue.current.setRate(settings.speechRate);
  }, [settings.speechRate]);

  const choices = voicesFor(voices ?? [], lang);
  return {
    state,
    voices,
    choices,
    voice: voices ? chooseVoice(voices, lang, settings.speechVoices) : null,
    loading,
    rate: settings.speechRate,
    problem,
    toggle: () => {
      const status = queue.current?.current.status ?? 'idle';
      if (status === 'playing' || status === 'paused') queue.current!.toggle();
      else void start();
    },
    previous: () => queue.current?.previous(),
    next: () => queue.current?.next(),
    stop: () => queue.current?.stop(),
    setRate: (rate) => change({ speechRate: rate }),
    setVoice: (id) => {
      change((current) => ({ speechVoices: { ...current.speechVoices, [primaryLanguage(lang)]: id } }));
      latest.current.settings = {
        ...latest.current.settings,
        speechVoices: { ...latest.current.settings.speechVoices, [primaryLanguage(lang)]: id },
      };
      queue.current?.restart();
    },
  };
}
