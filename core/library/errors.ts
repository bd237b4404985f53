import type { SaveFailure } from './record';

/** Turns what IndexedDB throws into the reason a user is told. */
export function failureOf(error: unknown): SaveFailure {
  const names = [error, (error as { inner?: unknown })?.inner].map((e) => (e as { name?: string })?.name);
  if (names.some((name) => name === 'QuotaExceededError')) return 'quota';
  return 'unavailable';
}
