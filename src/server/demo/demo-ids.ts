import { createHash } from 'node:crypto';

// Deterministic identifiers, so that seeding twice (or on two machines) yields the same rows
// and a re-run can skip what exists instead of duplicating it.

/** A UUID (version 5 layout) derived from a stable key such as `person:123`. */
export function demoUuid(key: string): string {
  const hex = createHash('sha1').update(`eenloket-demo:${key}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Completes an 8-digit prefix to a BSN passing the elfproef, or undefined when no check digit fits. */
export function bsnFromPrefix(prefix: number): string | undefined {
  const digits = String(prefix).padStart(8, '0');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  const check = sum % 11;
  return check < 10 ? `${digits}${check}` : undefined;
}

/** An endless, ordered supply of distinct valid BSNs starting at an 8-digit prefix. */
export function* bsnSeries(firstPrefix: number): Generator<string, never> {
  for (let prefix = firstPrefix; ; prefix += 1) {
    const bsn = bsnFromPrefix(prefix);
    if (bsn) yield bsn;
  }
}
