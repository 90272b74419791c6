import { FeelDate, FeelDateTime, FeelDuration, FeelFunction, FeelRange, FeelTime } from 'feelin';

/** FEEL value kinds as DMN names them (typeRef vocabulary). */
export type FeelKind =
  | 'null'
  | 'number'
  | 'string'
  | 'boolean'
  | 'date'
  | 'time'
  | 'date and time'
  | 'years and months duration'
  | 'days and time duration'
  | 'list'
  | 'context'
  | 'range'
  | 'function'
  | 'unknown';

/** A FEEL context: feelin represents contexts as plain objects (prototype Object.prototype or null). */
export type FeelContext = Record<string, unknown>;

export function isContext(value: unknown): value is FeelContext {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function isFeelFunction(value: unknown): boolean {
  return value instanceof FeelFunction || typeof value === 'function';
}

export function kindOf(value: unknown): FeelKind {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'function':
      return 'function';
    default:
  }
  if (Array.isArray(value)) return 'list';
  if (value instanceof FeelDate) return 'date';
  if (value instanceof FeelDateTime) return 'date and time';
  if (value instanceof FeelTime) return 'time';
  if (value instanceof FeelDuration) return value.yearsMonths ? 'years and months duration' : 'days and time duration';
  if (value instanceof FeelRange) return 'range';
  if (value instanceof FeelFunction) return 'function';
  if (isContext(value)) return 'context';
  return 'unknown';
}

const TEMPORAL_KINDS = new Set<FeelKind>([
  'date',
  'time',
  'date and time',
  'years and months duration',
  'days and time duration',
]);

/** Milliseconds (or months) for ordering temporal values of the same kind; null when not comparable. */
function temporalKey(value: FeelDate | FeelTime | FeelDateTime | FeelDuration): number | null {
  if (value instanceof FeelDuration) {
    const d = value.value;
    if (value.yearsMonths) return d.years * 12 + d.months;
    return ((((d.days * 24 + d.hours) * 60 + d.minutes) * 60 + d.seconds) * 1000 + d.milliseconds) +
      (d.microseconds / 1000) + (d.nanoseconds / 1e6);
  }
  if (value instanceof FeelDate) {
    const p = value.value;
    return Date.UTC(p.year, p.month - 1, p.day);
  }
  const plain = value instanceof FeelDateTime ? value.value : null;
  const zoneOffsetMs = offsetMs(value.zone, plain);
  if (value instanceof FeelTime) {
    const t = value.value;
    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1000 + t.millisecond - zoneOffsetMs;
  }
  const p = value.value;
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond) - zoneOffsetMs;
}

function offsetMs(zone: string | null, at: FeelDateTime['value'] | null): number {
  if (zone === null || zone === 'Z' || zone === 'UTC') return 0;
  const fixed = /^([+-])(\d{2}):?(\d{2})(?::?(\d{2}))?$/.exec(zone);
  if (fixed) {
    const sign = fixed[1] === '-' ? -1 : 1;
    return sign * ((Number(fixed[2]) * 60 + Number(fixed[3])) * 60 + Number(fixed[4] ?? 0)) * 1000;
  }
  if (at === null) return 0;
  // Named zone (e.g. Europe/Amsterdam): ask Intl for the offset at that wall-clock moment.
  const utc = Date.UTC(at.year, at.month - 1, at.day, at.hour, at.minute, at.second);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(utc));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return local - utc;
}

/**
 * FEEL `=` semantics: true/false for comparable values, null when the kinds differ.
 * Used by hit policies (distinct outputs) and output value checks, so it must not depend on feelin internals.
 */
export function feelEquals(a: unknown, b: unknown): boolean | null {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === 'null' || kb === 'null') return ka === kb;
  if (ka !== kb) return null;
  switch (ka) {
    case 'number':
    case 'string':
    case 'boolean':
      return a === b;
    case 'list': {
      const la = a as unknown[];
      const lb = b as unknown[];
      return la.length === lb.length && la.every((item, i) => feelEquals(item, lb[i]) === true);
    }
    case 'context': {
      const ca = a as FeelContext;
      const cb = b as FeelContext;
      const keys = Object.keys(ca);
      return (
        keys.length === Object.keys(cb).length &&
        keys.every((key) => Object.hasOwn(cb, key) && feelEquals(ca[key], cb[key]) === true)
      );
    }
    case 'range': {
      const ra = a as FeelRange;
      const rb = b as FeelRange;
      return (
        ra['start included'] === rb['start included'] &&
        ra['end included'] === rb['end included'] &&
        feelEquals(ra.start, rb.start) === true &&
        feelEquals(ra.end, rb.end) === true
      );
    }
    default:
      if (TEMPORAL_KINDS.has(ka)) {
        return temporalKey(a as FeelDate) === temporalKey(b as FeelDate);
      }
      return a === b;
  }
}

/** FEEL ordering for numbers, strings, temporals and durations of the same kind; null otherwise. */
export function feelCompare(a: unknown, b: unknown): number | null {
  const ka = kindOf(a);
  if (ka !== kindOf(b)) return null;
  if (ka === 'number') return (a as number) - (b as number);
  if (ka === 'string') return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
  if (TEMPORAL_KINDS.has(ka)) {
    const x = temporalKey(a as FeelDate);
    const y = temporalKey(b as FeelDate);
    return x === null || y === null ? null : x - y;
  }
  return null;
}
