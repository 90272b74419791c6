import { Decimal } from 'decimal.js';

/**
 * FEEL numbers are decimals (DMN: IEEE 754-2008 decimal128, 34 digits). The engine stores numbers as
 * JavaScript doubles but does arithmetic in decimal128 precision and rounds once at the end, so
 * 0.1 + 0.2 is 0.3 and an income test at the exact norm does not flip on a binary rounding error.
 * A private clone keeps the precision setting away from other users of decimal.js in the process.
 */
const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -40, toExpPos: 40 });

const isSmallInteger = (n: number): boolean => Number.isSafeInteger(n) && Math.abs(n) < 2 ** 26;

function finite(value: Decimal): number | null {
  const n = value.toNumber();
  return Number.isFinite(n) ? n : null;
}

export function add(a: number, b: number): number | null {
  if (isSmallInteger(a) && isSmallInteger(b)) return a + b; // exact in doubles; skip the decimal detour
  return finite(new D(a).plus(b));
}

export function subtract(a: number, b: number): number | null {
  if (isSmallInteger(a) && isSmallInteger(b)) return a - b;
  return finite(new D(a).minus(b));
}

export function multiply(a: number, b: number): number | null {
  if (isSmallInteger(a) && isSmallInteger(b)) return a * b;
  return finite(new D(a).times(b));
}

/** null for division by zero, as FEEL prescribes. */
export function divide(a: number, b: number): number | null {
  if (b === 0) return null;
  return finite(new D(a).dividedBy(b));
}

export function power(a: number, b: number): number | null {
  if (a === 0 && b < 0) return null;
  if (a < 0 && !Number.isInteger(b)) return null;
  return finite(new D(a).pow(b));
}
