/** Percentile by linear interpolation between the closest ranks (p in 0..1). */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (values: number[]): number => percentile(values, 0.5);

/** F1 of one page, from its precision and recall (null when the page has nothing to score). */
export function f1Of(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

export const round = (x: number | null, digits = 4): number | null =>
  x === null || Number.isNaN(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits;
