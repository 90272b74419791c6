import { FeelDate, FeelDateTime, FeelTime } from 'feelin';
import { feelCompare, feelEquals } from '../feel-values.js';

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

const zoneless = (v: unknown): boolean | null =>
  v instanceof FeelDateTime || v instanceof FeelTime ? v.zone === null : v instanceof FeelDate ? true : null;

/** FEEL `=`: null when the types differ; a zoned and a zone-less date-time are never equal. */
export function equalsOp(a: unknown, b: unknown): boolean | null {
  const za = zoneless(a);
  const zb = zoneless(b);
  if (za !== null && zb !== null && za !== zb && !(a instanceof FeelDate) && !(b instanceof FeelDate)) return false;
  return feelEquals(a, b);
}

export function compareOp(op: CompareOp, a: unknown, b: unknown): boolean | null {
  if (op === '=') return equalsOp(a, b);
  if (op === '!=') {
    const equal = equalsOp(a, b);
    return equal === null ? null : !equal;
  }
  if (a === null || b === null) return null;
  const order = feelCompare(a, b);
  if (order === null) return null;
  switch (op) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}
