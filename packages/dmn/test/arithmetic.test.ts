import { date, dateAndTime, duration, time } from 'feelin';
import { describe, expect, it } from 'vitest';
import { arithmetic, negate } from '../src/feel/compiler/arithmetic.js';
import { compareOp } from '../src/feel/compiler/comparison.js';
import { toJson } from '../src/index.js';

const iso = (value: unknown): unknown => toJson(value);

describe('FEEL arithmetic (decimal numbers, DMN 1.5 temporal rules)', () => {
  it('adds and multiplies decimals without binary rounding errors', () => {
    expect(arithmetic('+', 0.1, 0.2)).toBe(0.3);
    expect(arithmetic('*', 1000.1, 1.2)).toBe(1200.12);
    expect(arithmetic('/', 1, 3)).toBeCloseTo(0.3333333333333333, 15);
    expect(arithmetic('/', 1, 0)).toBeNull();
    expect(arithmetic('**', 2, 10)).toBe(1024);
  });

  it('keeps a date a date when a time duration is subtracted', () => {
    expect(iso(arithmetic('-', date('2021-01-02'), duration('PT1H')))).toBe('2021-01-01');
    expect(iso(arithmetic('+', date('2021-01-31'), duration('P1M')))).toBe('2021-02-28');
  });

  it('does not mix zoned and unzoned date-times', () => {
    expect(arithmetic('-', dateAndTime('2021-01-02T10:00:00+01:00'), dateAndTime('2021-01-01T10:00:00'))).toBeUndefined();
    expect(iso(arithmetic('-', dateAndTime('2021-01-02T10:00:00+01:00'), dateAndTime('2021-01-01T10:00:00Z')))).toBe('PT23H');
  });

  it('scales and divides durations', () => {
    expect(iso(arithmetic('*', duration('P4DT1H'), 1.5))).toBe('P6DT1H30M');
    expect(iso(arithmetic('/', duration('P10Y11M'), 2.5))).toBe('P4Y4M');
    expect(arithmetic('/', duration('P10D'), duration('P5D'))).toBe(2);
    expect(iso(negate(duration('P1Y')))).toBe('-P1Y');
  });

  it('gives undefined (null with a warning in expressions) for combinations FEEL does not define', () => {
    expect(arithmetic('*', date('2021-01-01'), duration('P1D'))).toBeUndefined();
    expect(arithmetic('+', time('10:00:00'), duration('P1Y'))).toBeUndefined();
    expect(arithmetic('+', 'a', 1)).toBeUndefined();
  });
});

describe('FEEL comparison', () => {
  it('compares values of one type and gives null across types (specification, unlike feelin)', () => {
    expect(compareOp('<', 1, 2)).toBe(true);
    expect(compareOp('>=', 'b', 'a')).toBe(true);
    expect(compareOp('<', date('2020-01-01'), date('2020-02-01'))).toBe(true);
    expect(compareOp('<', 'x', 0)).toBeNull();
    expect(compareOp('=', 'x', 0)).toBeNull();
    expect(compareOp('=', null, null)).toBe(true);
    expect(compareOp('!=', 1, null)).toBe(true);
  });
});
