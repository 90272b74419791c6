import { describe, expect, it } from 'vitest';
import { formatAmount, formatFileSize, formatLongDate, parseDutchNumber } from './format-text';

describe('written-out formats', () => {
  it('writes dates with the month name', () => {
    expect(formatLongDate('2026-11-22', 'nl')).toBe('22 november 2026');
    expect(formatLongDate('2026-03-01', 'en')).toBe('1 March 2026');
    // An instant late in the evening (UTC) is the next day in Amsterdam.
    expect(formatLongDate('2026-06-30T22:30:00Z', 'nl')).toBe('1 juli 2026');
  });

  it('writes amounts in the house style', () => {
    expect(formatAmount(1369.06)).toBe('€ 1.369,06');
    expect(formatAmount(0)).toBe('€ 0,00');
    expect(formatAmount(1234567.5)).toBe('€ 1.234.567,50');
  });

  it('reads amounts as people type them', () => {
    expect(parseDutchNumber('1.369,06')).toBe(1369.06);
    expect(parseDutchNumber('1369,06')).toBe(1369.06);
    expect(parseDutchNumber('€ 250')).toBe(250);
    expect(parseDutchNumber('12.5')).toBe(12.5);
    expect(parseDutchNumber('1.369')).toBe(1369);
    expect(parseDutchNumber('twaalf')).toBeUndefined();
    expect(parseDutchNumber('')).toBeUndefined();
  });

  it('writes file sizes', () => {
    expect(formatFileSize(2_400_000)).toBe('2,3 MB');
    expect(formatFileSize(12_000)).toBe('12 kB');
  });
});
