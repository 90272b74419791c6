import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, decisionDueDate, suspensionDays } from './decision-term.js';

describe('decision term', () => {
  it('gives 8 weeks from receipt, across a month and a year end', () => {
    expect(decisionDueDate('2026-12-01', 8, 0)).toBe('2027-01-26');
    expect(decisionDueDate('2026-02-01', 4, 0)).toBe('2026-03-01');
  });

  it('moves the deadline by the days the term stood still', () => {
    // Information asked on 10 December, received on 24 December: 14 days of suspension.
    const days = suspensionDays('2026-12-10', '2026-12-24');
    expect(days).toBe(14);
    expect(decisionDueDate('2026-12-01', 8, days)).toBe('2027-02-09');
  });

  it('counts no suspension when the information arrives the same day', () => {
    expect(suspensionDays('2026-12-10', '2026-12-10')).toBe(0);
  });

  it('adds and measures days consistently, also over summer time changes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 400 }), (offset, days) => {
        const start = addDays('1990-01-01', offset);
        expect(daysBetween(start, addDays(start, days))).toBe(days);
      }),
    );
  });
});
