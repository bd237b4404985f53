import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../core/reader/bundled-font';

describe('the bundled font through messaging', () => {
  it('arrives byte for byte, also past the chunk a long file is encoded in', () => {
    const bytes = new Uint8Array(70_001);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const back = new Uint8Array(fromBase64(toBase64(bytes.buffer)));
    expect(back).toEqual(bytes);
  });
});
