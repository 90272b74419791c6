import { duration, FeelDate, FeelDateTime, type FeelDuration, FeelTime } from 'feelin';

/**
 * Date, time and duration arithmetic as DMN 1.5 §10.3.2.3 specifies it, on feelin's temporal values.
 * feelin covers part of this table; this module is the complete version used by compiled expressions
 * (a date minus a time duration stays a date, zoned and unzoned date-times do not mix, durations
 * scale by numbers). Every function returns null for combinations FEEL leaves undefined.
 */
type PlainDateTime = FeelDateTime['value'];

const NS_PER_MS = 1_000_000n;
const MS_PER_DAY = 86_400_000;

/** Days-and-time duration in nanoseconds (exact, as bigint). */
export function durationNanos(d: FeelDuration): bigint {
  const v = d.value;
  const seconds = ((BigInt(v.days) * 24n + BigInt(v.hours)) * 60n + BigInt(v.minutes)) * 60n + BigInt(v.seconds);
  return ((seconds * 1000n + BigInt(v.milliseconds)) * 1000n + BigInt(v.microseconds)) * 1000n + BigInt(v.nanoseconds);
}

export function durationMonths(d: FeelDuration): number {
  return d.value.years * 12 + d.value.months;
}

export function daysTimeDuration(nanos: bigint): FeelDuration | null {
  const negative = nanos < 0n;
  let rest = negative ? -nanos : nanos;
  const fraction = rest % 1_000_000_000n;
  rest /= 1_000_000_000n;
  const seconds = rest % 60n;
  rest /= 60n;
  const minutes = rest % 60n;
  rest /= 60n;
  const hours = rest % 24n;
  const days = rest / 24n;
  const frac = fraction === 0n ? '' : `.${fraction.toString().padStart(9, '0').replace(/0+$/, '')}`;
  return duration(`${negative ? '-' : ''}P${days}DT${hours}H${minutes}M${seconds}${frac}S`);
}

export function yearsMonthsDuration(months: number): FeelDuration | null {
  if (!Number.isFinite(months)) return null;
  const whole = Math.trunc(months);
  const abs = Math.abs(whole);
  return duration(`${whole < 0 ? '-' : ''}P${Math.floor(abs / 12)}Y${abs % 12}M`);
}

function timeZoneId(zone: string): string {
  return zone === 'Z' ? 'UTC' : zone;
}

/** Epoch nanoseconds of a zoned date-time; unzoned values are read as UTC when `assumeUtc`. */
function epochNanos(value: FeelDateTime, assumeUtc: boolean): bigint | null {
  if (value.zone === null && !assumeUtc) return null;
  try {
    return value.value.toZonedDateTime(timeZoneId(value.zone ?? 'UTC')).epochNanoseconds;
  } catch {
    return null; // an unknown zone id: not a computable instant
  }
}

function midnightUtc(date: FeelDate): FeelDateTime {
  return new FeelDateTime(date.value.toPlainDateTime(), 'UTC');
}

function shift(value: PlainDateTime, zone: string | null, nanos: bigint): PlainDateTime {
  if (zone === null || /^[+-]\d\d:\d\d$|^Z$|^UTC$/.test(zone)) return value.add({ nanoseconds: Number(nanos % NS_PER_MS), milliseconds: Number(nanos / NS_PER_MS) });
  // Named zones: a days-and-time duration is an exact amount of time, so add it to the instant.
  return value.toZonedDateTime(zone).add({ nanoseconds: Number(nanos % NS_PER_MS), milliseconds: Number(nanos / NS_PER_MS) }).toPlainDateTime();
}

/** temporal + duration (sign -1 for subtraction). */
export function addDuration(temporal: unknown, d: FeelDuration, sign: 1 | -1): unknown {
  const months = durationMonths(d) * sign;
  const nanos = durationNanos(d) * BigInt(sign);
  if (temporal instanceof FeelDate) {
    if (d.yearsMonths) return new FeelDate(temporal.value.add({ months }));
    // DMN 1.5: the date is taken at midnight, the duration added, and the date part kept.
    return new FeelDate(shift(temporal.value.toPlainDateTime(), null, nanos).toPlainDate());
  }
  if (temporal instanceof FeelDateTime) {
    if (d.yearsMonths) return new FeelDateTime(temporal.value.add({ months }), temporal.zone);
    return new FeelDateTime(shift(temporal.value, temporal.zone, nanos), temporal.zone);
  }
  if (temporal instanceof FeelTime) {
    if (d.yearsMonths) return null;
    return new FeelTime(temporal.value.add({ nanoseconds: Number(nanos % (BigInt(MS_PER_DAY) * NS_PER_MS)) }), temporal.zone);
  }
  return null;
}

const timeNanos = (t: FeelTime): bigint => {
  const v = t.value;
  return ((BigInt(v.hour) * 60n + BigInt(v.minute)) * 60n + BigInt(v.second)) * 1_000_000_000n +
    BigInt(v.millisecond) * NS_PER_MS + BigInt(v.microsecond) * 1000n + BigInt(v.nanosecond);
};

function offsetNanos(zone: string | null): bigint | null {
  if (zone === null || zone === 'Z' || zone === 'UTC') return 0n;
  const fixed = /^([+-])(\d\d):(\d\d)$/.exec(zone);
  if (!fixed) return null;
  const minutes = BigInt(Number(fixed[2]) * 60 + Number(fixed[3]));
  return (fixed[1] === '-' ? -minutes : minutes) * 60_000_000_000n;
}

/** temporal − temporal → days-and-time duration, or null when the kinds or zones do not combine. */
export function difference(a: unknown, b: unknown): FeelDuration | null {
  if (a instanceof FeelDate && b instanceof FeelDate) {
    const days = BigInt(Math.round((Date.UTC(a.value.year, a.value.month - 1, a.value.day) - Date.UTC(b.value.year, b.value.month - 1, b.value.day)) / MS_PER_DAY));
    return daysTimeDuration(days * 86_400_000_000_000n);
  }
  if (a instanceof FeelTime && b instanceof FeelTime) {
    if ((a.zone === null) !== (b.zone === null)) return null;
    // Same zone (also a named one, whose offset depends on a date a time does not have): wall-clock difference.
    if (a.zone === b.zone) return daysTimeDuration(timeNanos(a) - timeNanos(b));
    const oa = offsetNanos(a.zone);
    const ob = offsetNanos(b.zone);
    if (oa === null || ob === null) return null;
    return daysTimeDuration(timeNanos(a) - oa - (timeNanos(b) - ob));
  }
  const left = a instanceof FeelDate ? midnightUtc(a) : a;
  const right = b instanceof FeelDate ? midnightUtc(b) : b;
  if (!(left instanceof FeelDateTime) || !(right instanceof FeelDateTime)) return null;
  // Both unzoned: wall-clock difference. One zoned, one not: undefined in FEEL.
  if ((left.zone === null) !== (right.zone === null)) return null;
  const both = left.zone === null;
  const x = epochNanos(left, both);
  const y = epochNanos(right, both);
  return x === null || y === null ? null : daysTimeDuration(x - y);
}
