import { evaluate, FeelDuration, FeelFunction, FeelRange } from 'feelin';
import { feelCompare, kindOf } from '../feel-values.js';
import { callFeelin } from './feelin-builtin.js';
import { DECIMAL_AGGREGATES } from './decimal-aggregates.js';
import { RANGE_RELATIONS } from './range-relations.js';

/**
 * Built-in functions feelin lacks (DMN 1.5 `range`) or where its behaviour differs from the DMN TCK
 * (`list replace` with negative positions and match functions, scale limits of the rounding functions,
 * `is` on durations of different kinds). They are put in front of feelin's built-ins, both for compiled
 * expressions and for expressions feelin evaluates.
 */

/** DMN decimal128 limits for a scale argument. */
const MIN_SCALE = -6111;
const MAX_SCALE = 6176;

const validScale = (scale: unknown): scale is number =>
  typeof scale === 'number' && Number.isInteger(scale) && scale >= MIN_SCALE && scale <= MAX_SCALE;

/** A rounding built-in with the scale checked first; `decimal` truncates a fractional scale (TCK 1100). */
function scaled(name: string, truncateScale = false): FeelFunction {
  return new FeelFunction((n: unknown, scale: unknown) => {
    const s = truncateScale && typeof scale === 'number' ? Math.trunc(scale) : scale;
    if (typeof n !== 'number' || !validScale(s)) return null;
    return callFeelin(name, [n, s]);
  }, ['n', 'scale']);
}

const INTERVAL = /^\s*([[(\]])\s*(.+?)\s*\.\.\s*(.+?)\s*([\])[])\s*$/s;
const LITERAL_ENDPOINT = [
  /^-?(\d+(\.\d*)?|\.\d+)$/,
  /^"(?:[^"\\]|\\.)*"$/,
  /^@"[^"]*"$/,
  /^(date and time|date|time|duration)\s*\(\s*"[^"]*"\s*\)$/,
];

function endpoint(text: string): unknown {
  if (!LITERAL_ENDPOINT.some((pattern) => pattern.test(text))) return null;
  try {
    const { value, warnings } = evaluate(text, {});
    return warnings.length === 0 ? value : null;
  } catch {
    return null; // not a literal after all
  }
}

/** range(from): a range from its FEEL literal text; endpoints must be literals of one type, ascending. */
function range(from: unknown): FeelRange | null {
  if (typeof from !== 'string') return null;
  const match = INTERVAL.exec(from);
  if (!match) return null;
  const [, open, startText, endText, close] = match;
  const start = endpoint(startText ?? '');
  const end = endpoint(endText ?? '');
  if (start === null || end === null || kindOf(start) !== kindOf(end)) return null;
  const order = feelCompare(start, end);
  if (order === null || order > 0) return null;
  const { value } = evaluate(`${open}a..b${close}`, { a: start, b: end });
  return value instanceof FeelRange ? value : null;
}

function listReplace(list: unknown, position: unknown, newItem: unknown, match: unknown): unknown {
  const items = Array.isArray(list) ? list : list === null || list === undefined ? null : [list];
  if (items === null) return null;
  const selector = match ?? position;
  if (match !== undefined && position !== undefined && position !== null) return null;
  if (typeof selector === 'number') {
    const index = Math.trunc(selector);
    if (index === 0 || Math.abs(index) > items.length) return null;
    const copy = [...items];
    copy[index > 0 ? index - 1 : items.length + index] = newItem ?? null;
    return copy;
  }
  if (selector instanceof FeelFunction) {
    if (selector.parameterNames.length !== 2) return null;
    const result: unknown[] = [];
    for (const item of items) {
      const hit = selector.invoke([item, newItem ?? null]);
      if (typeof hit !== 'boolean') return null;
      result.push(hit ? (newItem ?? null) : item);
    }
    return result;
  }
  return null;
}

function is(a: unknown, b: unknown): unknown {
  if (a instanceof FeelDuration && b instanceof FeelDuration && a.yearsMonths !== b.yearsMonths) return false;
  return callFeelin('is', [a, b]);
}

export const EXTRA_BUILTINS: Readonly<Record<string, FeelFunction>> = Object.freeze({
  ...RANGE_RELATIONS,
  ...DECIMAL_AGGREGATES,
  range: new FeelFunction(range, ['from']),
  'list replace': new FeelFunction(listReplace, ['list', 'position', 'newItem', 'match']),
  'round up': scaled('round up'),
  'round down': scaled('round down'),
  'round half up': scaled('round half up'),
  'round half down': scaled('round half down'),
  decimal: scaled('decimal', true),
  is: new FeelFunction(is, ['value1', 'value2']),
});
