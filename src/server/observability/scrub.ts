import { isValidBsn } from '../shared/bsn.js';

// A UUID is matched whole and kept: its last group can hold nine digits in a row that pass the
// elfproef (about one random UUID in a few hundred), and scrubbing those broke request and record ids
// in the log. A UUID is never a BSN.
const uuidOrNineDigits = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<!\d)\d{9}(?!\d)/gi;

/** Replaces anything that looks like a BSN (nine digits passing the elfproef) with "[bsn]". */
export function scrubText(value: string): string {
  return value.replace(uuidOrNineDigits, (match) => (match.length === 9 && isValidBsn(match) ? '[bsn]' : match));
}
