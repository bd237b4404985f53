import type { ArticlePayload } from '../../core/library/record';

/**
 * Articles of realistic size for the library benchmark: 600 to 1,800 words in paragraphs of 40 to 120,
 * words drawn from a 30,000-word vocabulary with a Zipf distribution (a few words very common, most rare),
 * as in real prose. Seeded, so every run stores the same library.
 */
const VOCABULARY = 30_000;
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ter',
  'san',
  'vo',
  'rel',
  'din',
  'a',
  'os',
  'pu',
  'ne',
  'sta',
  'gor',
  'li',
  'bu',
];

export function randomSource(seed: number): () => number {
  // Small consecutive seeds start xorshift on small, alike values; scrambling the seed and discarding the
  // first draws keeps article 1 as long, on average, as article 9,999.
  let state = Math.imul(seed, 2_654_435_761) >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  for (let i = 0; i < 8; i++) next();
  return next;
}

function wordAt(rank: number): string {
  let word = '';
  for (let n = rank + 17; word.length < 3 || n > 0; n = Math.floor(n / SYLLABLES.length)) {
    word += SYLLABLES[n % SYLLABLES.length];
  }
  return word;
}

const words = Array.from({ length: VOCABULARY }, (_, rank) => wordAt(rank));
// Cumulative Zipf weights (s = 1), searched by bisection for each drawn word.
const cumulative: number[] = [];
words.reduce((sum, _w, rank) => (cumulative[rank] = sum + 1 / (rank + 1)), 0);
const total = cumulative[cumulative.length - 1]!;

function drawWord(random: () => number): string {
  const target = random() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return words[lo]!;
}

/** A word that occurs in roughly one article in a hundred: what a user searching their library types. */
export function searchWords(): string[] {
  return [2_000, 2_500, 3_000, 3_500, 4_000].map((rank) => words[rank]!);
}

export function makeArticle(index: number): ArticlePayload {
  const random = randomSource(index + 1);
  const paragraphs: string[] = [];
  const target = 600 + Math.floor(random() * 1200);
  let count = 0;
  while (count < target) {
    const length = 40 + Math.floor(random() * 80);
    const sentence = Array.from({ length }, () => drawWord(random)).join(' ');
    paragraphs.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.');
    count += length;
  }
  const title = Array.from({ length: 6 }, () => drawWord(random)).join(' ');
  const url = `https://site${index % 50}.example/articles/${index}`;
  return {
    url,
    canonicalUrl: url,
    title,
    byline: 'A. Writer',
    siteName: `Site ${index % 50}`,
    publishedTime: null,
    excerpt: paragraphs[0]!.slice(0, 200),
    lang: 'en',
    dir: null,
    wordCount: count,
    readingMinutes: Math.max(1, Math.round(count / 230)),
    html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    text: paragraphs.join('\n\n'),
  };
}

/** The word with two letters in the middle swapped: one typo. */
export function typoOf(word: string): string {
  const at = Math.floor(word.length / 2);
  return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
}
