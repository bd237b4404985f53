import { describe, expect, it } from 'vitest';
import { isCredit } from '../../../core/extract/credits';

describe('isCredit', () => {
  it('recognises credits in several languages, not sentences', () => {
    for (const text of [
      'Photo: AP',
      '(Image: © NASA)',
      'Foto: dpa',
      'Crédit : AFP',
      'Bild: Reuters',
      'Alex Wong | Getty Images',
    ])
      expect(isCredit(text), text).toBe(true);
    expect(isCredit('Photographers gathered outside the court as the verdict was read on Monday.')).toBe(
      false,
    );
  });
});
