import { describe, expect, it } from 'vitest';
import { parseNumber } from './parameter-format';

describe('parseNumber', () => {
  it('reads amounts the Dutch way and the plain way', () => {
    expect(parseNumber('1.101,82')).toBe(1101.82);
    expect(parseNumber('1101,82')).toBe(1101.82);
    expect(parseNumber('1101.82')).toBe(1101.82);
    expect(parseNumber('€ 1.300')).toBe(1300);
    expect(parseNumber('120')).toBe(120);
    expect(parseNumber('12,5%')).toBe(12.5);
  });

  it('refuses what is not a number', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('veel')).toBeUndefined();
    expect(parseNumber('1,2,3')).toBeUndefined();
  });
});
