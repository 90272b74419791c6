import { setTimeout as delay } from 'node:timers/promises';
import type { AppDeps } from '../../src/server/app-deps.js';
import { JOB_SCHEMA } from '../../src/server/jobs/boss-options.js';

export interface JobRow {
  id: string;
  name: string;
  state: 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
  data: unknown;
  retryCount: number;
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  startAfter: Date;
  output: unknown;
}

const jobColumns = `id, name, state::text AS state, data, retry_count AS "retryCount", retry_limit AS "retryLimit",
  retry_delay AS "retryDelay", retry_backoff AS "retryBackoff", start_after AS "startAfter", output`;

/** pg-boss's jobs of one queue, oldest first (read straight from its table, for assertions). */
export async function jobsOf(deps: AppDeps, queue: string): Promise<JobRow[]> {
  const { rows } = await deps.database.executeSql(`SELECT ${jobColumns} FROM ${JOB_SCHEMA}.job WHERE name = $1 ORDER BY created_on, id`, [queue]);
  return rows.map((row) => ({ ...row, startAfter: new Date(row.startAfter as string | Date) }) as JobRow);
}

/**
 * Waits until no job of the queue (or of any queue) is waiting, retrying or running: the worker must
 * be started. With skipRetryDelays (the default) a retry's backoff is cut short, so a test sees the
 * whole retry sequence pg-boss would run over minutes; the retry count and final state are pg-boss's own.
 * Polls (and wakes the worker) every 20 ms; throws with the states it saw after timeoutMs.
 */
export async function drainJobs(deps: AppDeps, options: { queue?: string; skipRetryDelays?: boolean; timeoutMs?: number } = {}): Promise<void> {
  if (!deps.jobs.running) throw new Error('drainJobs needs a running worker: start it with deps.jobs.start() or JOBS_WORKER=true');
  const { queue, skipRetryDelays = true, timeoutMs = 20_000 } = options;
  const where = queue ? 'AND name = $1' : '';
  const values = queue ? [queue] : [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (skipRetryDelays) {
      await deps.database.executeSql(`UPDATE ${JOB_SCHEMA}.job SET start_after = now() WHERE state = 'retry' AND start_after > now() ${where}`, values);
    }
    const { rows } = await deps.database.executeSql(
      `SELECT state::text AS state, count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE state IN ('created', 'retry', 'active') ${where} GROUP BY state`,
      values,
    );
    if (rows.length === 0) return;
    if (Date.now() > deadline) throw new Error(`Jobs not drained within ${timeoutMs} ms: ${JSON.stringify(rows)}`);
    deps.jobs.wake();
    await delay(20);
  }
}

/** Waits until a job reaches a state (e.g. its first 'retry'), without cutting any delay short. */
export async function waitForJobState(deps: AppDeps, queue: string, id: string, state: JobRow['state'], timeoutMs = 20_000): Promise<JobRow> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = (await jobsOf(deps, queue)).find((row) => row.id === id);
    if (job?.state === state) return job;
    if (Date.now() > deadline) throw new Error(`Job ${id} did not reach ${state} within ${timeoutMs} ms (now ${job?.state ?? 'missing'})`);
    deps.jobs.wake();
    await delay(20);
  }
}
