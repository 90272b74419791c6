import type { z } from 'zod';
import type { Logger } from '../../observability/logger.js';
import { RegistryRequestRejectedError, RegistryUnavailableError, type RegistryName, type UnavailableReason } from './registry-errors.js';
import { TransportError, type RegistryHttp, type RegistryRequest } from './registry-http.js';

// One registry call: send, classify the outcome, validate the answer with zod. What is logged is
// the operation, the HTTP status, the registry's problem code and the names of parameters it
// objected to, never a value: requests and answers carry BSNs and personal data.

export interface RegistryCallOptions<T> {
  http: RegistryHttp;
  registry: RegistryName;
  logger: Logger;
  /** A name for logs, e.g. "RaadpleegMetBurgerservicenummer". */
  operation: string;
  request: RegistryRequest;
  schema: z.ZodType<T>;
  /** Statuses that mean "nothing found" for this API (KVK answers 404 to an empty search). */
  emptyStatuses?: readonly number[];
}

/** The parsed answer, or undefined for an "empty" status. Throws the typed registry errors. */
export async function callRegistry<T>(options: RegistryCallOptions<T>): Promise<T | undefined> {
  const { logger, registry, operation } = options;
  const started = performance.now();
  const log = (extra: Record<string, unknown>) => ({ registry, operation, durationMs: Math.round(performance.now() - started), ...extra });
  let response;
  try {
    response = await options.http.send(options.request);
  } catch (error) {
    if (!(error instanceof TransportError)) throw error;
    const reason: UnavailableReason = error.failure === 'unreadable' ? 'invalid-response' : error.failure;
    logger.warn(log({ reason, err: error }), 'registry not reachable');
    throw new RegistryUnavailableError(registry, reason, { cause: error });
  }
  const { status } = response;
  if (status >= 200 && status < 300) {
    const parsed = options.schema.safeParse(response.body);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.code}`);
      logger.error(log({ status, reason: 'invalid-response', issues }), 'registry answer does not match its specification');
      throw new RegistryUnavailableError(registry, 'invalid-response', { cause: parsed.error });
    }
    logger.debug(log({ status }), 'registry answered');
    return parsed.data;
  }
  const problem = problemOf(response.body);
  if (options.emptyStatuses?.includes(status)) {
    logger.debug(log({ status, problemCode: problem.code }), 'registry found nothing');
    return undefined;
  }
  if (status >= 500 || status === 429) {
    const reason: UnavailableReason = status === 429 ? 'throttled' : 'server-error';
    logger.warn(log({ status, reason, problemCode: problem.code }), 'registry failed');
    throw new RegistryUnavailableError(registry, reason);
  }
  if (status < 400 || status === 401 || status === 403 || status === 404 || status === 407) {
    // Wrong key, certificate, authorization or URL (a redirect included): nothing the user can fix, but someone must.
    logger.error(log({ status, reason: 'refused', problemCode: problem.code }), 'registry refused us: check its configuration');
    throw new RegistryUnavailableError(registry, 'refused');
  }
  logger.error(log({ status, problemCode: problem.code, invalidParams: problem.params }), 'registry rejected our request');
  throw new RegistryRequestRejectedError(registry, status, problem.code);
}

/** The problem code and parameter names of an error answer: RFC 9457 (BRP) or KVK's { fout: [...] }. */
export function problemOf(body: unknown): { code: string | undefined; params: string[] } {
  if (!body || typeof body !== 'object') return { code: undefined, params: [] };
  const value = body as { code?: unknown; invalidParams?: unknown; fout?: unknown };
  if (Array.isArray(value.fout)) {
    const codes = value.fout.map((f: { code?: unknown }) => (typeof f?.code === 'string' ? f.code : '')).filter(Boolean);
    return { code: codes.join(',') || undefined, params: [] };
  }
  const params = Array.isArray(value.invalidParams)
    ? value.invalidParams.map((p: { name?: unknown; code?: unknown }) => `${String(p?.name ?? '?')}:${String(p?.code ?? '?')}`)
    : [];
  return { code: typeof value.code === 'string' ? value.code : undefined, params };
}
