import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JOB_SCHEMA } from '../../src/server/jobs/boss-options.js';
import { defineJob, type JobRun } from '../../src/server/jobs/define-job.js';
import { enqueueJob, InvalidJobPayloadError } from '../../src/server/jobs/enqueue-job.js';
import { transactionExecutor } from '../../src/server/jobs/transaction-sql.js';
import { sendEmailJob } from '../../src/server/modules/mail/send-email.job.js';
import { drainJobs, jobsOf, waitForJobState } from '../support/jobs.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Test-only jobs: what they were called with, and a failure count per payload to steer retries.
const calls: { value: string; run: JobRun }[] = [];
const echoJob = defineJob({
  name: 'test.echo',
  payload: z.strictObject({ value: z.string().min(1), failures: z.number().int().min(0).default(0) }),
  retry: { limit: 2, delaySeconds: 30, backoff: true },
  handler: async (payload, { job }) => {
    calls.push({ value: payload.value, run: job });
    // An address in the message, as SMTP errors have: logs and job output must not carry it.
    if (job.attempt <= payload.failures) throw new Error(`refused for inwoner@example.nl (${payload.value}, attempt ${job.attempt})`);
  },
});

let releaseSlowJob: () => void = () => {};
const slowJobStarted: { resolve?: () => void } = {};
const slowJob = defineJob({
  name: 'test.slow',
  payload: z.strictObject({ value: z.string() }),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  handler: async (payload) => {
    slowJobStarted.resolve?.();
    await new Promise<void>((resolve) => (releaseSlowJob = resolve));
    calls.push({ value: payload.value, run: { id: '', name: 'test.slow', attempt: 1, retryLimit: 0, isFinalAttempt: true } });
  },
});

// With concurrency: the first run waits for a gate, the others pass straight through.
let openGate: () => void = () => {};
const gatedStarted: { resolve?: () => void } = {};
const gatedJob = defineJob({
  name: 'test.gated',
  payload: z.strictObject({ wait: z.boolean() }),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  concurrency: 4,
  handler: async ({ wait }) => {
    if (!wait) return;
    gatedStarted.resolve?.();
    await new Promise<void>((resolve) => (openGate = resolve));
  },
});

// Counts how many of its runs are in the handler at once.
const overlap = { now: 0, max: 0, done: 0 };
const parallelJob = defineJob({
  name: 'test.parallel',
  payload: z.strictObject({ n: z.number().int() }),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  concurrency: 3,
  handler: async () => {
    overlap.max = Math.max(overlap.max, ++overlap.now);
    await new Promise((resolve) => setTimeout(resolve, 30));
    overlap.now--;
    overlap.done++;
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ jobDefinitions: [echoJob, slowJob, parallelJob, gatedJob] });
  await t.deps.jobs.start();
});
afterAll(() => t.close());

const callsFor = (value: string) => calls.filter((call) => call.value === value);

async function runCount(job: string, outcome: string): Promise<number> {
  const metric = await t.deps.metrics.registry.getSingleMetric('eenloket_jobs_total')?.get();
  return metric?.values.find((v) => v.labels.job === job && v.labels.outcome === outcome)?.value ?? 0;
}

describe('durable jobs (pg-boss)', () => {
  it('migrations create pg-boss’s schema and a queue per registered job', async () => {
    const { rows } = await t.deps.database.executeSql(`SELECT name FROM ${JOB_SCHEMA}.queue ORDER BY name`);
    expect(rows.map((r) => r.name)).toContain(sendEmailJob.name);
    const version = await t.deps.database.executeSql(`SELECT version FROM ${JOB_SCHEMA}.version`);
    expect(version.rows).toHaveLength(1);
  });

  it('survives a failing multi-statement SQL text with its own BEGIN … COMMIT (pg-boss maintenance)', async () => {
    await expect(t.deps.database.executeSql('BEGIN; SELECT 1; SELECT 1 / 0; COMMIT;')).rejects.toThrow(/division by zero/);
    expect((await t.deps.database.executeSql('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    expect((await t.deps.database.executeSql('BEGIN; SELECT 1; SELECT 2 AS two; COMMIT;')).rows).toEqual([]);
    expect((await t.deps.database.executeSql('SELECT 3 AS three; SELECT 4 AS four')).rows).toEqual([{ four: 4 }]);
  });

  it('runs a job enqueued in a committed transaction once, with the parsed payload', async () => {
    const completedBefore = await runCount(echoJob.name, 'completed');
    const id = await t.db.transaction((tx) => enqueueJob(tx, echoJob, { value: 'committed' }));
    await drainJobs(t.deps, { queue: echoJob.name });
    expect(callsFor('committed')).toEqual([{ value: 'committed', run: { id, name: 'test.echo', attempt: 1, retryLimit: 2, isFinalAttempt: false } }]);
    const job = (await jobsOf(t.deps, echoJob.name)).find((row) => row.id === id);
    expect(job).toMatchObject({ state: 'completed', data: { value: 'committed', failures: 0 }, retryLimit: 2, retryDelay: 30, retryBackoff: true });
    expect(await runCount(echoJob.name, 'completed')).toBe(completedBefore + 1);
  });

  it('runs up to a job’s concurrency of a fetched batch at once, and completes them all', async () => {
    await t.db.transaction(async (tx) => {
      for (let n = 0; n < 9; n++) await enqueueJob(tx, parallelJob, { n });
    });
    await drainJobs(t.deps, { queue: parallelJob.name });
    expect(overlap).toEqual({ now: 0, max: 3, done: 9 });
    expect((await jobsOf(t.deps, parallelJob.name)).map((job) => job.state)).toEqual(Array(9).fill('completed'));
  });

  it('starts and completes a job that arrives while a long run goes on, without waiting for that run', async () => {
    const started = new Promise<void>((resolve) => (gatedStarted.resolve = resolve));
    const long = await t.db.transaction((tx) => enqueueJob(tx, gatedJob, { wait: true }));
    t.deps.jobs.wake();
    await started;
    const quick = await t.db.transaction((tx) => enqueueJob(tx, gatedJob, { wait: false }));
    t.deps.jobs.wake();
    await waitForJobState(t.deps, gatedJob.name, quick, 'completed');
    expect((await jobsOf(t.deps, gatedJob.name)).find((job) => job.id === long)?.state).toBe('active');
    openGate();
    await waitForJobState(t.deps, gatedJob.name, long, 'completed');
  });

  it('enqueues through the caller’s transaction: visible inside it, gone after a rollback, never run', async () => {
    const countInside: number[] = [];
    await expect(
      t.db.transaction(async (tx) => {
        await enqueueJob(tx, echoJob, { value: 'rolled-back' });
        const inside = (await tx.execute(sql.raw(`SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE data->>'value' = 'rolled-back'`))) as unknown as { rows: { n: number }[] };
        countInside.push(inside.rows[0]!.n);
        tx.rollback();
      }),
    ).rejects.toThrow();
    expect(countInside).toEqual([1]);
    await drainJobs(t.deps);
    const { rows } = await t.deps.database.executeSql(`SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE data->>'value' = $1`, ['rolled-back']);
    expect(rows[0]!.n).toBe(0);
    expect(callsFor('rolled-back')).toEqual([]);
  });

  it('refuses a payload that fails the job’s schema before anything is written, naming paths not values', async () => {
    const before = (await jobsOf(t.deps, echoJob.name)).length;
    const attempt = t.db.transaction((tx) => enqueueJob(tx, echoJob, { value: '', secret: 'inwoner@example.nl' } as never));
    await expect(attempt).rejects.toThrow(InvalidJobPayloadError);
    await expect(attempt).rejects.toThrow(/value: too_small/);
    await expect(attempt).rejects.not.toThrow(/inwoner@example\.nl/);
    await expect(t.db.transaction((tx) => enqueueJob(tx, sendEmailJob, { emailId: 'not-a-uuid' }))).rejects.toThrow(/emailId/);
    expect((await jobsOf(t.deps, echoJob.name)).length).toBe(before);
  });

  it('runs $n SQL in the transaction with one parameter per placeholder, however often it is used', async () => {
    // pg-boss's insertJob uses $5 as text (right($5, 1)) and casts it only in a branch; separate
    // params per occurrence would type one as timestamptz and refuse '30' (seconds) at bind time.
    const rows = await t.db.transaction(async (tx) => {
      const { rows } = await transactionExecutor(tx).executeSql(
        `SELECT right($2, 1) AS last, CASE WHEN right($2, 1) = 'Z' THEN CAST($2 AS timestamptz) END AS at, $1::int + $1::int AS twice`,
        [4, '30'],
      );
      return rows;
    });
    expect(rows).toEqual([{ last: '0', at: null, twice: 8 }]);
  });

  it('keeps pg-boss’s parameters intact through the transaction (startAfter and priority)', async () => {
    // insertJob uses $5 three times (right($5,1), CAST($5 AS timestamptz), COALESCE($5,'0')).
    const startAfter = new Date(Date.now() + 3_600_000);
    const id = await t.db.transaction((tx) => enqueueJob(tx, echoJob, { value: 'later' }, { startAfter, priority: 7 }));
    const { rows } = await t.deps.database.executeSql(`SELECT priority, start_after FROM ${JOB_SCHEMA}.job WHERE id = $1`, [id]);
    expect(rows[0]!.priority).toBe(7);
    expect(Math.abs(new Date(rows[0]!.start_after as string).getTime() - startAfter.getTime())).toBeLessThan(1000);
    await t.deps.database.executeSql(`DELETE FROM ${JOB_SCHEMA}.job WHERE id = $1`, [id]);
  });

  it('retries a failing job with backoff and completes it when a retry succeeds', async () => {
    const retriedBefore = await runCount(echoJob.name, 'retried');
    const id = await t.db.transaction((tx) => enqueueJob(tx, echoJob, { value: 'flaky', failures: 1 }));
    const retry = await waitForJobState(t.deps, echoJob.name, id, 'retry');
    // The first retry waits delaySeconds·2⁰ plus jitter: at least 30 s (minus the test's own time).
    expect(retry.startAfter.getTime() - Date.now()).toBeGreaterThan(25_000);
    await drainJobs(t.deps, { queue: echoJob.name });
    expect(callsFor('flaky').map((c) => c.run.attempt)).toEqual([1, 2]);
    expect((await jobsOf(t.deps, echoJob.name)).find((row) => row.id === id)?.state).toBe('completed');
    expect(await runCount(echoJob.name, 'retried')).toBe(retriedBefore + 1);
  });

  it('ends a job that keeps failing in pg-boss’s failed state after its retry limit, logged without the address', async () => {
    const failedBefore = await runCount(echoJob.name, 'failed');
    const retriedBefore = await runCount(echoJob.name, 'retried');
    const logsBefore = t.logs.length;
    const id = await t.db.transaction((tx) => enqueueJob(tx, echoJob, { value: 'hopeless', failures: 99 }));
    await drainJobs(t.deps, { queue: echoJob.name });

    expect(callsFor('hopeless').map((c) => [c.run.attempt, c.run.isFinalAttempt])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    const job = (await jobsOf(t.deps, echoJob.name)).find((row) => row.id === id);
    expect(job).toMatchObject({ state: 'failed', retryCount: 2 });
    expect(JSON.stringify(job?.output)).toContain('refused for [email] (hopeless, attempt 3)');
    expect(await runCount(echoJob.name, 'failed')).toBe(failedBefore + 1);
    expect(await runCount(echoJob.name, 'retried')).toBe(retriedBefore + 2);

    const lines = t.logs.slice(logsBefore).filter((line) => line.includes(id));
    expect(lines.map((line) => JSON.parse(line).level)).toEqual([40, 40, 50]);
    expect(lines.join('\n')).toContain('refused for [email]');
    expect(t.logs.join('\n')).not.toContain('inwoner@example.nl');
  });

  it('stops gracefully: a running job finishes before stop() returns, and nothing runs after', async () => {
    const started = new Promise<void>((resolve) => (slowJobStarted.resolve = resolve));
    const id = await t.db.transaction((tx) => enqueueJob(tx, slowJob, { value: 'slow' }));
    t.deps.jobs.wake();
    await started;
    let stopped = false;
    const stopping = t.deps.jobs.stop().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    releaseSlowJob();
    await stopping;
    expect(t.deps.jobs.running).toBe(false);
    expect(callsFor('slow')).toHaveLength(1);
    expect((await jobsOf(t.deps, slowJob.name)).find((row) => row.id === id)?.state).toBe('completed');

    // Enqueued while stopped: it waits, and runs once the worker is back.
    await t.db.transaction((tx) => enqueueJob(tx, echoJob, { value: 'while-stopped' }));
    expect(callsFor('while-stopped')).toEqual([]);
    await t.deps.jobs.start();
    await drainJobs(t.deps);
    expect(callsFor('while-stopped')).toHaveLength(1);
  });
});
