import { setTimeout as delay } from 'node:timers/promises';

/**
 * Calls `read` every `intervalMs` until it gives something other than undefined, and returns that; after
 * `timeoutMs` it throws the message `fail` makes (from what the last read saw, kept by the caller).
 */
export async function pollFor<T>(
  read: () => Promise<T | undefined>,
  { timeoutMs, intervalMs = 100, fail }: { timeoutMs: number; intervalMs?: number; fail: () => string },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(fail());
    await delay(intervalMs);
  }
}
