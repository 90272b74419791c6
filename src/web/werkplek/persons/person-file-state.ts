import { isPurpose, type Purpose } from './purposes';

/**
 * What the person file page needs, passed in the router's history state: never in the URL,
 * because a BSN in a URL ends up in browser history, proxies and access logs.
 */
export interface PersonFileState {
  bsn: string;
  purpose: Purpose;
}

export function readPersonFileState(state: unknown): PersonFileState | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { bsn, purpose } = state as Record<string, unknown>;
  return typeof bsn === 'string' && /^\d{9}$/.test(bsn) && isPurpose(purpose) ? { bsn, purpose } : undefined;
}
