import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidBsn } from '../shared/bsn.js';
import { bsnFromPrefix, bsnSeries, demoUuid } from './demo-ids.js';

describe('demo identifiers', () => {
  it('completes any prefix to a BSN that passes the elfproef, or to nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000_000, max: 99_999_999 }), (prefix) => {
        const bsn = bsnFromPrefix(prefix);
        if (bsn === undefined) return;
        expect(isValidBsn(bsn)).toBe(true);
        expect(bsn.slice(0, 8)).toBe(String(prefix));
      }),
    );
  });

  it('yields distinct, ascending BSNs from a series', () => {
    const series = bsnSeries(50_000_000);
    const taken = Array.from({ length: 500 }, () => series.next().value);
    expect(new Set(taken).size).toBe(500);
    expect([...taken].sort()).toEqual(taken);
  });

  it('derives the same UUID from the same key and different ones from different keys', () => {
    expect(demoUuid('person:1')).toBe(demoUuid('person:1'));
    expect(demoUuid('person:1')).not.toBe(demoUuid('person:2'));
    expect(demoUuid('person:1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
