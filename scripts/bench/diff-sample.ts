/**
 * A short, human-readable sample of where two texts differ under the benchmark's 4-token shingles: the
 * longest run of `from`'s tokens whose shingles `against` does not have (each shingle matched at most once).
 */
const N = 4;

export interface DiffSample {
  /** Shingles of `from` with no partner in `against`. */
  unmatched: number;
  /** The longest unmatched run, cut to `maxTokens`; empty when everything matched. */
  sample: string;
}

export function diffSample(from: string[], against: string[], maxTokens = 24): DiffSample {
  const available = new Map<string, number>();
  for (let i = 0; i < Math.max(1, against.length - N + 1) && against.length; i++) {
    const key = against.slice(i, i + N).join(' ');
    available.set(key, (available.get(key) ?? 0) + 1);
  }
  let unmatched = 0;
  let best: [number, number] | null = null;
  let runStart = -1;
  const shingles = from.length ? Math.max(1, from.length - N + 1) : 0;
  for (let i = 0; i <= shingles; i++) {
    let missing = false;
    if (i < shingles) {
      const key = from.slice(i, i + N).join(' ');
      const left = available.get(key) ?? 0;
      if (left > 0) available.set(key, left - 1);
      else missing = true;
    }
    if (missing) {
      unmatched++;
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      // Shingles runStart..i-1 are missing: they cover tokens runStart..i-1+N-1.
      const end = Math.min(from.length, i - 1 + N);
      if (!best || end - runStart > best[1] - best[0]) best = [runStart, end];
      runStart = -1;
    }
  }
  if (!best) return { unmatched, sample: '' };
  const tokens = from.slice(best[0], best[1]);
  const sample = tokens.slice(0, maxTokens).join(' ') + (tokens.length > maxTokens ? ' …' : '');
  return { unmatched, sample };
}
