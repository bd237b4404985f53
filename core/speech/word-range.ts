import type { Sentence, TextPoint } from './units';

/**
 * The text point `index` characters into a sentence as it was said: the said text has each run of spaces
 * collapsed to one, so the article's own text is walked with the same collapsing. Word boundaries come as
 * offsets into the said text.
 */
export function pointInSentence(sentence: Sentence, index: number): TextPoint {
  const doc = sentence.start.node.ownerDocument;
  const range = doc.createRange();
  range.setStart(sentence.start.node, sentence.start.offset);
  range.setEnd(sentence.end.node, sentence.end.offset);
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
  let said = 0;
  let lastWasSpace = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) continue;
    const from = node === sentence.start.node ? sentence.start.offset : 0;
    const to = node === sentence.end.node ? sentence.end.offset : node.data.length;
    for (let offset = from; offset < to; offset++) {
      const space = /\s/u.test(node.data.charAt(offset));
      if (space && lastWasSpace) continue;
      if (said === index) return { node, offset };
      said++;
      lastWasSpace = space;
    }
  }
  return sentence.end;
}
