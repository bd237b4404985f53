import { setTimeout as delay } from 'node:timers/promises';
import type { BeaconServer } from './beacon-server';

/** Waits until no beacon has arrived for `quietMs` (at most `maxMs`): the page has done what it does. */
export async function waitForQuietBeacons(
  server: BeaconServer,
  quietMs = 1000,
  maxMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + maxMs;
  let seen = server.hits().length;
  let since = Date.now();
  while (Date.now() < deadline) {
    await delay(100);
    const now = server.hits().length;
    if (now !== seen) {
      seen = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}
