import { setTimeout as delay } from 'node:timers/promises';

/** How long real speech may take to start: a busy machine took 18 s to list its voices. */
export const SLOW = 90_000;

/** Reads `read` until `ok` holds, for up to `ms`; throws with the last value read when it never does. */
export async function waitUntil<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  ms = SLOW,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Waited ${ms} ms for ${what}; last: ${JSON.stringify(value)}`);
    await delay(150);
  }
}
