import { Agent, request } from 'node:http';
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
  return perSecond ? submitAtRate(drafts, connections, perSecond) : submitClosed(drafts, connections);
}

/**
 * An open workload: one submit every 1/perSecond s, evenly spaced, whatever the answers do, over
 * up to `connections` kept-alive connections. (autocannon's own rate limit sends each second's
 * requests in one burst at the start of the second, which measures draining bursts instead.)
 */
async function submitAtRate(drafts: PreparedDraft[], connections: number, perSecond: number): Promise<SubmitPhase> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let errors = 0;
  const first = performance.now();
  let last = first;
  const sends: Promise<void>[] = [];
  for (const [i, draft] of drafts.entries()) {
    // Sleep until this submit is due; timers are coarse, so the schedule is kept against the clock.
    const due = first + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    sentAt.set(draft.applicationId, Date.now());
    const started = performance.now();
    sends.push(
      post(agent, draft).then(
        (status) => {
          last = performance.now();
          if (status >= 200 && status < 300) latencies.push(last - started);
          else errors += 1;
        },
        () => {
          errors += 1;
        },
      ),
    );
  }
  await Promise.all(sends);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { submitted: latencies.length, errors, elapsedMs: last - first, p50: at(0.5), p99: at(0.99), sentAt };
}

function post(agent: Agent, draft: PreparedDraft): Promise<number> {
  const body = JSON.stringify({ declaration: true, lang: 'nl' });
  return new Promise((resolve, reject) => {
    const req = request(
      `${benchBase}/api/loket/applications/${draft.applicationId}/submit`,
      { method: 'POST', agent, timeout: 30_000, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie: draft.cookie, 'x-csrf-token': draft.csrfToken, origin: benchBase } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

async function submitClosed(drafts: PreparedDraft[], connections: number): Promise<SubmitPhase> {
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
