import { describe, expect, it } from 'vitest';
import { speechSentences, type Sentence } from '../../../core/speech/units';
import { pointInSentence } from '../../../core/speech/word-range';

describe('a word boundary in the article', () => {
  it('maps offsets in the said text (spaces collapsed) back to the article’s text nodes', () => {
    const root = document.createElement('article');
    root.innerHTML = '<p>The   ferry\n   is <em>very</em> late.</p>';
    const [sentence] = speechSentences(root, { lang: 'en' }) as [Sentence];
    expect(sentence.text).toBe('The ferry is very late.');
    const range = document.createRange();
    const from = pointInSentence(sentence, sentence.text.indexOf('very'));
    const to = pointInSentence(sentence, sentence.text.indexOf('very') + 4);
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    expect(range.toString()).toBe('very');
    const ferry = pointInSentence(sentence, 4);
    expect(ferry.node.data.slice(ferry.offset, ferry.offset + 5)).toBe('ferry');
  });
});
