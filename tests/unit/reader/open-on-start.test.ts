import { describe, expect, it } from 'vitest';
import { isToggleOutcome, requestOpenOnStart, takeOpenOnStart } from '../../../core/reader/open-on-start';

describe('the request to open as the reader starts', () => {
  it('is taken once: the next reader to start in the same world opens only if asked again', () => {
    const world = {};
    expect(takeOpenOnStart(world)).toBe(false);
    requestOpenOnStart(world);
    expect(takeOpenOnStart(world)).toBe(true);
    expect(takeOpenOnStart(world)).toBe(false);
    expect(world).toEqual({});
  });

  it("takes only the reader's own outcomes for an answer", () => {
    for (const outcome of ['opened', 'closed', 'no-article', 'too-large', 'unsupported-document'])
      expect(isToggleOutcome(outcome)).toBe(true);
    for (const other of [undefined, null, '', 'failed', 'restricted', { outcome: 'opened' }, 1])
      expect(isToggleOutcome(other)).toBe(false);
  });
});
