import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bsnSchema, isValidBsn } from './bsn.js';

describe('isValidBsn', () => {
  it('accepts the valid test numbers from the primer', () => {
    expect(isValidBsn('999993653')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
  });

  it('rejects the invalid test numbers, zeros and malformed input', () => {
    for (const bad of ['010008579', '999900007', '000000000', '12345678', '1234567890', '12345678a', '']) {
      expect(isValidBsn(bad), bad).toBe(false);
    }
  });

  it('detects every single-digit change of a valid number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const digits = '999993653'.split('').map(Number);
        digits[pos] = (digits[pos]! + delta) % 10;
        return !isValidBsn(digits.join(''));
      }),
    );
  });

  it('gives a stable issue code for the schema', () => {
    const result = bsnSchema.safeParse('999900007');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('custom');
  });
});
