import { FeelDate, FeelDateTime, FeelDuration, FeelTime } from 'feelin';
import * as num from './decimal-math.js';
import {
  addDuration,
  daysTimeDuration,
  difference,
  durationMonths,
  durationNanos,
  yearsMonthsDuration,
} from './temporal-math.js';

export type ArithOp = '+' | '-' | '*' | '/' | '**';

const isTemporal = (v: unknown): boolean => v instanceof FeelDate || v instanceof FeelDateTime || v instanceof FeelTime;

function scale(d: FeelDuration, factor: number, divide: boolean): FeelDuration | null {
  if (divide && factor === 0) return null;
  if (d.yearsMonths) {
    const months = divide ? num.divide(durationMonths(d), factor) : num.multiply(durationMonths(d), factor);
    return months === null ? null : yearsMonthsDuration(months);
  }
  const nanos = Number(durationNanos(d));
  const scaled = divide ? num.divide(nanos, factor) : num.multiply(nanos, factor);
  return scaled === null ? null : daysTimeDuration(BigInt(Math.round(scaled)));
}

function sameKind(a: FeelDuration, b: FeelDuration): boolean {
  return a.yearsMonths === b.yearsMonths;
}

function addDurations(a: FeelDuration, b: FeelDuration, sign: 1 | -1): FeelDuration | null {
  if (!sameKind(a, b)) return null;
  if (a.yearsMonths) return yearsMonthsDuration(durationMonths(a) + sign * durationMonths(b));
  return daysTimeDuration(durationNanos(a) + BigInt(sign) * durationNanos(b));
}

/**
 * FEEL binary arithmetic. Returns undefined when the operand types do not combine (the caller turns
 * that into null plus a warning), null when they combine but the result is undefined (division by zero).
 */
export function arithmetic(op: ArithOp, a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case '+':
        return num.add(a, b);
      case '-':
        return num.subtract(a, b);
      case '*':
        return num.multiply(a, b);
      case '/':
        return num.divide(a, b);
      case '**':
        return num.power(a, b);
    }
  }
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
  const da = a instanceof FeelDuration ? a : null;
  const db = b instanceof FeelDuration ? b : null;
  switch (op) {
    case '+':
      if (da && db) return sameKind(da, db) ? addDurations(da, db, 1) : undefined;
      if (isTemporal(a) && db) return addDuration(a, db, 1) ?? undefined;
      if (da && isTemporal(b)) return addDuration(b, da, 1) ?? undefined;
      return undefined;
    case '-':
      if (da && db) return sameKind(da, db) ? addDurations(da, db, -1) : undefined;
      if (isTemporal(a) && db) return addDuration(a, db, -1) ?? undefined;
      if (isTemporal(a) && isTemporal(b)) return difference(a, b) ?? undefined;
      return undefined;
    case '*':
      if (da && typeof b === 'number') return scale(da, b, false);
      if (typeof a === 'number' && db) return scale(db, a, false);
      return undefined;
    case '/':
      if (da && typeof b === 'number') return scale(da, b, true);
      if (da && db && sameKind(da, db)) {
        const divisor = da.yearsMonths ? durationMonths(db) : Number(durationNanos(db));
        const dividend = da.yearsMonths ? durationMonths(da) : Number(durationNanos(da));
        return num.divide(dividend, divisor);
      }
      return undefined;
    default:
      return undefined;
  }
}

/** Unary minus: numbers and durations. */
export function negate(value: unknown): unknown {
  if (typeof value === 'number') return value === 0 ? 0 : -value;
  if (value instanceof FeelDuration) {
    return value.yearsMonths ? yearsMonthsDuration(-durationMonths(value)) : daysTimeDuration(-durationNanos(value));
  }
  return undefined;
}
