import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** A stable hash of JSON content (key order does not matter), to see whether a file changed. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalize(value) ?? '').digest('hex');
}
