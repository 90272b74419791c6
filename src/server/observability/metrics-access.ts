import { timingSafeEqual } from 'node:crypto';

/** Whether a request may read /metrics: always without METRICS_TOKEN, else only with `Bearer <token>`. */
export function mayReadMetrics(authorization: string | undefined, token: string | undefined): boolean {
  if (!token) return true;
  const sent = Buffer.from(authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}
