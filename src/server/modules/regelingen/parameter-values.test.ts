import { describe, expect, it } from 'vitest';
import { periodOn } from './parameter-values.js';

const periods = [
  { id: 'jan', validFrom: '2025-01-01', validTo: null },
  { id: 'jul', validFrom: '2025-07-01', validTo: null },
  { id: 'tozo', validFrom: '2020-03-01', validTo: '2020-05-31' },
];

describe('periodOn', () => {
  it('takes the latest period that started on or before the date', () => {
    expect(periodOn(periods, '2025-06-30')?.id).toBe('jan');
    expect(periodOn(periods, '2025-07-01')?.id).toBe('jul');
    expect(periodOn(periods, '2026-12-01')?.id).toBe('jul');
  });

  it('gives nothing before the first period or after a closed period ended', () => {
    expect(periodOn(periods, '2019-12-31')).toBeUndefined();
    expect(periodOn(periods, '2020-04-15')?.id).toBe('tozo');
    expect(periodOn(periods, '2020-06-01')).toBeUndefined();
  });
});
