import { isValidBsn } from '../shared/bsn.js';

const nineDigits = /(?<!\d)\d{9}(?!\d)/g;

/** Replaces anything that looks like a BSN (nine digits passing the elfproef) with "[bsn]". */
export function scrubText(value: string): string {
  return value.replace(nineDigits, (match) => (isValidBsn(match) ? '[bsn]' : match));
}
