import autocannon from 'autocannon';
import type { PreparedDraft } from '../apply/prepare-drafts.js';
import { benchBase } from './bench-server.js';

export interface SubmitPhase {
  /** 2xx answers. */
  submitted: number;
  errors: number;
  /** From the first request sent to the last response received, in ms. */
  elapsedMs: number;
  p50: number;
  p99: number;
  /** When each application's submit was sent (Date.now(), the server's clock too). */
  sentAt: Map<string, number>;
}

/**
 * Submits each draft once through the HTTP API with `connections` connections in parallel, as fast
 * as the server answers or, with `perSecond`, at that fixed overall rate (an open workload).
 */
export async function submitPhase(drafts: PreparedDraft[], connections: number, perSecond?: number): Promise<SubmitPhase> {
  let i = 0;
  let first = 0;
  let last = 0;
  const sentAt = new Map<string, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: benchBase,
        connections,
        amount: drafts.length,
        timeout: 30,
        ...(perSecond ? { overallRate: perSecond } : {}),
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              first ||= performance.now();
              const draft = drafts[i++ % drafts.length]!;
              sentAt.set(draft.applicationId, Date.now());
              return {
                ...request,
                path: `/api/loket/applications/${draft.applicationId}/submit`,
                headers: { 'content-type': 'application/json', cookie: draft.cookie, 'x-csrf-token': draft.csrfToken, origin: benchBase },
                body: JSON.stringify({ declaration: true, lang: 'nl' }),
              };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', () => {
      last = performance.now();
    });
  });
  // autocannon finishes on a whole-second tick; the time from the first request to the last response is the real run.
  return { submitted: result['2xx'], errors: result.non2xx + result.errors, elapsedMs: last - first, p50: result.latency.p50, p99: result.latency.p99, sentAt };
}
