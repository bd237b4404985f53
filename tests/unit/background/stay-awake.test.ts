import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AWAKE_EVERY_MS, stayingAwake } from '../../../entrypoints/background/stay-awake';

describe('stayingAwake', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const slowTask = (ms: number, outcome: 'done' | 'fails') =>
    new Promise<string>((done, fail) =>
      setTimeout(() => (outcome === 'done' ? done('kept') : fail(new Error('site gone'))), ms),
    );

  it('tells the browser the background is busy for as long as the task runs, then stops', async () => {
    const touch = vi.fn(() => Promise.resolve());
    const result = stayingAwake(() => slowTask(45_000, 'done'), touch);
    // Firefox's idle limit is 30 s: no gap between touches comes near it.
    await vi.advanceTimersByTimeAsync(45_000);
    await expect(result).resolves.toBe('kept');
    expect(touch.mock.calls.length).toBe(Math.floor(45_000 / AWAKE_EVERY_MS));
    expect(AWAKE_EVERY_MS).toBeLessThan(30_000 / 2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(touch.mock.calls.length).toBe(Math.floor(45_000 / AWAKE_EVERY_MS));
  });

  it('stops when the task fails, which fails with its own error; a touch the browser refuses is no failure', async () => {
    const touch = vi.fn(() => Promise.reject(new Error('context invalidated')));
    const result = stayingAwake(() => slowTask(10_000, 'fails'), touch);
    const settled = result.catch((error: Error) => error.message);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await settled).toBe('site gone');
    const touches = touch.mock.calls.length;
    expect(touches).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(touch.mock.calls.length).toBe(touches);
  });

  it('touches the browser through an extension API by default', async () => {
    const getPlatformInfo = vi.fn(async () => ({ os: 'linux', arch: 'x86-64', nacl_arch: 'x86-64' }));
    fakeBrowser.runtime.getPlatformInfo =
      getPlatformInfo as unknown as typeof fakeBrowser.runtime.getPlatformInfo;
    const result = stayingAwake(() => slowTask(AWAKE_EVERY_MS * 2 + 1, 'done'));
    await vi.advanceTimersByTimeAsync(AWAKE_EVERY_MS * 2 + 1);
    await result;
    expect(getPlatformInfo).toHaveBeenCalledTimes(2);
  });
});
