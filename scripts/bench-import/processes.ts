import { execFileSync } from 'node:child_process';

/** Resident memory of every process of the browser running on `profile`, added up, in bytes. */
export function browserRss(profile: string): number {
  const listing = execFileSync('ps', ['-e', '-o', 'rss=,args='], { encoding: 'utf8' });
  return listing
    .split('\n')
    .filter((line) => line.includes(profile))
    .reduce((total, line) => total + Number(/^\s*(\d+)/.exec(line)?.[1] ?? 0) * 1024, 0);
}

/** Samples `measure` every `ms` until stopped; returns the peak. */
export function samplePeak(measure: () => number, ms = 250): () => number {
  let peak = measure();
  const timer = setInterval(() => (peak = Math.max(peak, measure())), ms);
  return () => {
    clearInterval(timer);
    return Math.max(peak, measure());
  };
}
