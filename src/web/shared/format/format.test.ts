import { describe, expect, it } from 'vitest';
import { ageOn, formatAddress, formatDate, formatDateTime, formatPostcode } from './format';

describe('format', () => {
  it('shows calendar dates as dd-mm-yyyy without time-zone shifts', () => {
    expect(formatDate('1985-06-15')).toBe('15-06-1985');
    expect(formatDate(null)).toBe('');
    expect(formatDate('onbekend')).toBe('onbekend');
  });

  it('shows instants in Amsterdam time, also across daylight saving time', () => {
    expect(formatDateTime('2026-11-22T13:05:00.000Z')).toBe('22-11-2026 14:05');
    expect(formatDateTime('2026-07-01T22:30:00.000Z')).toBe('02-07-2026 00:30');
  });

  it('formats postcodes and addresses as on a Dutch envelope', () => {
    expect(formatPostcode('1234ab')).toBe('1234 AB');
    expect(
      formatAddress({ street: 'Kerkstraat', houseNumber: 12, houseLetter: 'A', houseNumberAddition: '2', postcode: '1234AB', city: 'Voorbeeldstad', municipalityCode: '9999' }),
    ).toBe('Kerkstraat 12A-2, 1234 AB Voorbeeldstad');
  });

  it('counts an age in whole years', () => {
    expect(ageOn('2008-11-22', new Date(2026, 10, 22))).toBe(18);
    expect(ageOn('2008-11-23', new Date(2026, 10, 22))).toBe(17);
  });
});
