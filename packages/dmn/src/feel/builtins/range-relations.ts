import { FeelFunction, FeelRange } from 'feelin';
import { feelCompare } from '../feel-values.js';

/**
 * DMN 1.4 range relation functions that feelin declares but does not implement (it throws
 * "not implemented"): during, starts, started by, finishes, finished by, coincides, overlaps before,
 * overlaps after. Definitions follow DMN 1.4 §10.3.4.9; a point is any comparable value.
 */
interface Bounds {
  s: unknown;
  e: unknown;
  si: boolean;
  ei: boolean;
}

const bounds = (r: FeelRange): Bounds => ({ s: r.start, e: r.end, si: r['start included'], ei: r['end included'] });
const point = (p: unknown): Bounds => ({ s: p, e: p, si: true, ei: true });

/** Comparison that throws Incomparable when FEEL would give null, so relations can bail out at once. */
class Incomparable extends Error {}
function cmp(a: unknown, b: unknown): number {
  const order = a === null || b === null ? null : feelCompare(a, b);
  if (order === null) throw new Incomparable();
  return order;
}
const lt = (a: unknown, b: unknown): boolean => cmp(a, b) < 0;
const eq = (a: unknown, b: unknown): boolean => cmp(a, b) === 0;

const includes = (r: Bounds, x: Bounds): boolean =>
  (lt(r.s, x.s) || (eq(r.s, x.s) && (r.si || !x.si))) && (lt(x.e, r.e) || (eq(x.e, r.e) && (r.ei || !x.ei)));

type Relation = (a: Bounds, b: Bounds, aIsRange: boolean, bIsRange: boolean) => boolean;

const RELATIONS: Record<string, { params: string[]; test: Relation }> = {
  during: { params: ['point', 'range', 'range1', 'range2'], test: (a, b) => includes(b, a) },
  starts: {
    params: ['point', 'range', 'range1', 'range2'],
    test: (a, b, aRange) => (aRange ? a.si === b.si && eq(a.s, b.s) && (lt(a.e, b.e) || (eq(a.e, b.e) && (!a.ei || b.ei))) : b.si && eq(b.s, a.s)),
  },
  'started by': {
    params: ['range', 'point', 'range1', 'range2'],
    test: (a, b, _aRange, bRange) => (bRange ? a.si === b.si && eq(a.s, b.s) && (lt(b.e, a.e) || (eq(b.e, a.e) && (!b.ei || a.ei))) : a.si && eq(a.s, b.s)),
  },
  finishes: {
    params: ['point', 'range', 'range1', 'range2'],
    test: (a, b, aRange) => (aRange ? a.ei === b.ei && eq(a.e, b.e) && (lt(b.s, a.s) || (eq(a.s, b.s) && (!a.si || b.si))) : b.ei && eq(b.e, a.e)),
  },
  'finished by': {
    params: ['range', 'point', 'range1', 'range2'],
    test: (a, b, _aRange, bRange) => (bRange ? a.ei === b.ei && eq(a.e, b.e) && (lt(a.s, b.s) || (eq(a.s, b.s) && (a.si || !b.si))) : a.ei && eq(a.e, b.e)),
  },
  coincides: {
    params: ['point1', 'point2', 'range1', 'range2'],
    test: (a, b) => eq(a.s, b.s) && eq(a.e, b.e) && a.si === b.si && a.ei === b.ei,
  },
  'overlaps before': {
    params: ['range1', 'range2'],
    test: (a, b) =>
      (lt(a.s, b.s) || (eq(a.s, b.s) && a.si && !b.si)) &&
      (lt(b.s, a.e) || (eq(a.e, b.s) && a.ei && b.si)) &&
      (lt(a.e, b.e) || (eq(a.e, b.e) && (!a.ei || b.ei))),
  },
  'overlaps after': {
    params: ['range1', 'range2'],
    test: (a, b) =>
      (lt(b.s, a.s) || (eq(b.s, a.s) && b.si && !a.si)) &&
      (lt(a.s, b.e) || (eq(b.e, a.s) && b.ei && a.si)) &&
      (lt(b.e, a.e) || (eq(b.e, a.e) && (!b.ei || a.ei))),
  },
};

function relation(test: Relation): (...args: unknown[]) => boolean | null {
  return (first, second, third, fourth) => {
    const a = first ?? third;
    const b = second ?? fourth;
    if (a === null || a === undefined || b === null || b === undefined) return null;
    const aRange = a instanceof FeelRange;
    const bRange = b instanceof FeelRange;
    try {
      return test(aRange ? bounds(a) : point(a), bRange ? bounds(b) : point(b), aRange, bRange);
    } catch (error) {
      if (error instanceof Incomparable) return null;
      throw error;
    }
  };
}

export const RANGE_RELATIONS: Record<string, FeelFunction> = Object.fromEntries(
  Object.entries(RELATIONS).map(([name, { params, test }]) => [name, new FeelFunction(relation(test), params)]),
);
