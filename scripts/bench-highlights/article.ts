import { JSDOM } from 'jsdom';

const SYLLABLES =
  'har bour bri dge tram ri ver coun cil eve ning mar ket lan tern qu ay fer ry sta tion'.split(' ');

/** A vocabulary for the made-up article. */
function wordsOf(next: () => number): string[] {
  // 600 made-up words of two to four syllables: phrases repeat about as rarely as in prose.
  return Array.from({ length: 600 }, () =>
    Array.from(
      { length: 2 + Math.floor(next() * 3) },
      () => SYLLABLES[Math.floor(next() * SYLLABLES.length)],
    ).join(''),
  );
}

/** A deterministic pseudo-random sequence (the same article on every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** An article of `words` words in paragraphs of about 100, with some emphasis and links inside them. */
export function articleHtml(words: number, seed = 15): string {
  const next = random(seed);
  const WORDS = wordsOf(next);
  const paragraphs: string[] = [];
  for (let written = 0; written < words;) {
    const length = Math.min(words - written, 80 + Math.floor(next() * 40));
    const sentence = Array.from({ length }, (_, i) => {
      const word = WORDS[Math.floor(next() * WORDS.length)]!;
      if (i % 23 === 7) return `<em>${word}</em>`;
      if (i % 37 === 11) return `<a href="https://example.test/${word}">${word}</a>`;
      return word;
    });
    paragraphs.push(`<p>${sentence.join(' ')}.</p>`);
    written += length;
  }
  return paragraphs.join('\n');
}

/** The article body as the reader holds it: an element of a jsdom document. */
export function articleElement(html: string): HTMLElement {
  const { window } = new JSDOM(`<!doctype html><body><div class="article-body">${html}</div></body>`);
  return window.document.querySelector<HTMLElement>('.article-body')!;
}
