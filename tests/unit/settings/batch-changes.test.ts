import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchChanges } from '../../../core/settings/batch-changes';

describe('batched settings changes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('save a burst of changes as one write once the user pauses', () => {
    const save = vi.fn();
    const batch = batchChanges(save, 250);
    for (const fontSize of [21, 22, 23]) {
      batch.change({ fontSize });
      vi.advanceTimersByTime(100);
    }
    batch.change({ theme: 'dark' });
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(save.mock.calls).toEqual([[{ fontSize: 23, theme: 'dark' }]]);
  });

  it('flush saves what is queued at once, and only once', () => {
    const save = vi.fn();
    const batch = batchChanges(save, 250);
    batch.change({ contentWidth: 720 });
    batch.flush();
    vi.advanceTimersByTime(1000);
    batch.flush();
    expect(save.mock.calls).toEqual([[{ contentWidth: 720 }]]);
  });
});
