import { setTimeout as delay } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob } from '../../src/server/jobs/define-job.js';
import { enqueueJob, enqueueJobs, jobRequest } from '../../src/server/jobs/enqueue-job.js';
import { JOB_SCHEMA } from '../../src/server/jobs/boss-options.js';
import { jobsOf } from '../support/jobs.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// An idle queue's loop backs off 25, 50, 100 … ms up to the poll interval (here 300 s). After 3.3 s
// idle it is in its 3.2 s wait (from 3.175 to 6.375 s): without a wake-up a job enqueued then waits
// about 3 s for the next fetch; woken by the enqueue's NOTIFY it runs within milliseconds.
const IDLE_MS = 3_300;
const WOKEN_WITHIN_MS = 1_500;

const ranAt = new Map<string, number>();
const stampJob = defineJob({
  name: 'test.stamp',
  payload: z.strictObject({ value: z.string() }),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  handler: async ({ value }) => void ranAt.set(value, Date.now()),
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { JOBS_POLL_SECONDS: '300' }, jobDefinitions: [stampJob] });
  await t.deps.jobs.start();
});
afterAll(() => t.close());

async function waitForRun(value: string, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (!ranAt.has(value)) {
    if (Date.now() > deadline) throw new Error(`job ${value} did not run within ${timeoutMs} ms`);
    await delay(10);
  }
  return ranAt.get(value)!;
}

/** Enqueues after the worker has been idle long enough to be in a long poll wait; returns how long the job then waited. */
async function waitAfterIdleEnqueue(value: string, enqueue: (value: string) => Promise<unknown>): Promise<number> {
  await delay(IDLE_MS);
  await enqueue(value);
  const committed = Date.now();
  return (await waitForRun(value)) - committed;
}

const enqueueOne = (value: string) => t.db.transaction((tx) => enqueueJob(tx, stampJob, { value }));
const enqueueBatch = (value: string) => t.db.transaction((tx) => enqueueJobs(tx, [jobRequest(stampJob, { value })]));

describe('the worker is woken by an enqueue (LISTEN/NOTIFY), not only by its poll', () => {
  it('runs a job enqueued while the queue was idle at once, for a single job and for a batch', async () => {
    expect(await waitAfterIdleEnqueue('single', enqueueOne)).toBeLessThan(WOKEN_WITHIN_MS);
    expect(await waitAfterIdleEnqueue('batch', enqueueBatch)).toBeLessThan(WOKEN_WITHIN_MS);
  });

  it('fetches a stream of jobs in batches: an enqueue does not cut the short waits between fetches', async () => {
    // Each job enqueued in a transaction of its own, 5 ms apart, as submits come in. Were every NOTIFY
    // to end the loop's 25 ms wait, each job would be a fetch of its own (one started_on per job: 90
    // of 90, seen with WAKE_MIN_MS at 0); with it, about a third as many fetches.
    const values = Array.from({ length: 90 }, (_, i) => `stream-${i}`);
    for (const value of values) {
      await enqueueOne(value);
      await delay(5);
    }
    for (const value of values) await waitForRun(value);
    const { rows } = await t.deps.database.executeSql(`SELECT count(DISTINCT started_on)::int AS fetches FROM ${JOB_SCHEMA}.job WHERE name = $1 AND data->>'value' LIKE 'stream-%'`, ['test.stamp']);
    expect((rows[0] as { fetches: number }).fetches).toBeLessThanOrEqual((values.length * 2) / 3);
  });

  it('does not wake for a rolled-back enqueue, and the job does not exist', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await enqueueJob(tx, stampJob, { value: 'rolled-back' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await delay(300);
    expect(ranAt.has('rolled-back')).toBe(false);
    expect((await jobsOf(t.deps, 'test.stamp')).map((job) => (job.data as { value: string }).value)).not.toContain('rolled-back');
  });

  it.runIf(process.env.DATABASE_URL)('listens again after its connection to PostgreSQL is cut', async () => {
    const listeners = async () => {
      const result = await t.db.execute(sql`select pid from pg_stat_activity where datname = current_database() and query ilike 'LISTEN%'`);
      return (result as unknown as { rows: { pid: number }[] }).rows.map((row) => row.pid);
    };
    const [before] = await listeners();
    expect(before).toBeDefined();
    await t.db.execute(sql`select pg_terminate_backend(${before}::int)`);
    // The listener tries again every 2 s; polling covers the gap.
    const deadline = Date.now() + 10_000;
    while (!(await listeners()).some((pid) => pid !== before)) {
      if (Date.now() > deadline) throw new Error('the worker did not listen again within 10 s');
      await delay(100);
    }
    expect(await waitAfterIdleEnqueue('after-reconnect', enqueueOne)).toBeLessThan(WOKEN_WITHIN_MS);
    expect(t.logs.some((line) => line.includes('job wake-up connection failed'))).toBe(true);
  });
});
