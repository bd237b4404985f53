import type { WordSpan } from '../core/speech/queue';
import type { Sentence } from '../core/speech/units';
import { pointInSentence } from '../core/speech/word-range';

/** The highlight names reader.css styles with ::highlight(); prefixed, as the registry is the page's too. */
const SENTENCE = 'lectern-speech-sentence';
const WORD = 'lectern-speech-word';
/** Where the browser has no Custom Highlight API: the sentence's block is marked instead, reversibly. */
export const SPEAKING_ATTRIBUTE = 'data-lectern-speaking';

export interface SpeechHighlight {
  show(sentence: Sentence, word: WordSpan | null): void;
  clear(): void;
}

function rangeOf(sentence: Sentence, word: WordSpan | null): Range {
  const range = sentence.start.node.ownerDocument.createRange();
  const start = word ? pointInSentence(sentence, word.start) : sentence.start;
  const end = word ? pointInSentence(sentence, word.end) : sentence.end;
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/**
 * Highlights the sentence being read (and its word, where the voice sends word boundaries) with the CSS
 * Custom Highlight API, which paints ranges without touching the article's DOM, inside the closed shadow
 * root too. Without it, the sentence's block gets a marker attribute, removed again by `clear`.
 */
export function createSpeechHighlight(): SpeechHighlight {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (registry && typeof Highlight === 'function') {
    const sentenceHighlight = new Highlight();
    const wordHighlight = new Highlight();
    return {
      show: (sentence, word) => {
        registry.set(SENTENCE, sentenceHighlight);
        registry.set(WORD, wordHighlight);
        sentenceHighlight.clear();
        wordHighlight.clear();
        sentenceHighlight.add(rangeOf(sentence, null));
        if (word) wordHighlight.add(rangeOf(sentence, word));
      },
      clear: () => {
        sentenceHighlight.clear();
        wordHighlight.clear();
        if (registry.get(SENTENCE) === sentenceHighlight) registry.delete(SENTENCE);
        if (registry.get(WORD) === wordHighlight) registry.delete(WORD);
      },
    };
  }
  let marked: Element | null = null;
  return {
    show: (sentence) => {
      marked?.removeAttribute(SPEAKING_ATTRIBUTE);
      marked = sentence.block;
      marked.setAttribute(SPEAKING_ATTRIBUTE, '');
    },
    clear: () => {
      marked?.removeAttribute(SPEAKING_ATTRIBUTE);
      marked = null;
    },
  };
}
