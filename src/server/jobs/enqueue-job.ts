import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { executeNamed } from '../db/prepared.js';
import type { JobDefinition } from './define-job.js';
import { bossOptions, JOB_CHANNEL } from './boss-options.js';
import { transactionExecutor } from './transaction-sql.js';

export interface EnqueueOptions {
  /** Not before this moment (e.g. an assessment after the objection period). */
  startAfter?: Date;
  /** Higher runs first among waiting jobs of the same queue. */
  priority?: number;
}

/** A payload that does not match its job's schema: a programming error, refused before anything is written. */
export class InvalidJobPayloadError extends Error {
  constructor(
    readonly job: string,
    readonly issues: string[],
    options: { cause: unknown },
  ) {
    super(`Invalid payload for job ${job}: ${issues.join('; ')}`, options);
    this.name = 'InvalidJobPayloadError';
  }
}

// Only builds and sends pg-boss's INSERT; every call passes the caller's transaction as `db`, so this
// instance is never started and its own executor refuses to run anything.
const sender = new PgBoss(
  bossOptions({
    executeSql: () => Promise.reject(new Error('enqueueJob runs only inside the caller’s transaction')),
  }),
);

/**
 * Enqueues a job in the caller's transaction: it exists if and only if the transaction commits.
 * The payload is validated with the job's schema first (issue paths only in the error, no values).
 */
export async function enqueueJob<S extends z.ZodType>(
  tx: Db,
  job: JobDefinition<S>,
  payload: z.input<S>,
  options: EnqueueOptions = {},
): Promise<string> {
  const data = validPayload(job, payload);
  const id = await sender.send(job.name, data, {
    db: transactionExecutor(tx) as PgBoss.Db,
    retryLimit: job.retry.limit,
    retryDelay: job.retry.delaySeconds,
    retryBackoff: job.retry.backoff,
    ...(job.timeoutSeconds ? { expireInSeconds: job.timeoutSeconds } : {}),
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    ...(options.priority !== undefined ? { priority: options.priority } : {}),
  });
  // pg-boss inserts through a join on its queue table: no row means the queue is missing.
  if (!id) throw new Error(`Job ${job.name} was not enqueued: its queue does not exist (is the job registered and migrated?)`);
  // A job for later is found by polling; waking the worker now would only cost it a fetch.
  if (!options.startAfter || options.startAfter.getTime() <= Date.now()) await notifyWorkers(tx, [job.name]);
  return id;
}

function validPayload<S extends z.ZodType>(job: JobDefinition<S>, payload: z.input<S>): object {
  const parsed = job.payload.safeParse(payload);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.code}`);
    throw new InvalidJobPayloadError(job.name, issues, { cause: parsed.error });
  }
  return parsed.data as object;
}

/** One job of a batch for enqueueJobs; made by jobRequest, which types the payload by its job. */
export interface JobRequest {
  job: JobDefinition;
  payload: unknown;
}

export function jobRequest<S extends z.ZodType>(job: JobDefinition<S>, payload: z.input<S>): JobRequest {
  return { job: job as unknown as JobDefinition, payload };
}

/**
 * Enqueues several jobs, of any queues, in the caller's transaction with one statement (pg-boss's
 * bulk insert): the hot paths that enqueue per item of a group commit. Every payload is validated
 * before anything is written. The ids are ours, so the caller knows them without a RETURNING.
 */
export async function enqueueJobs(tx: Db, requests: JobRequest[]): Promise<string[]> {
  if (requests.length === 0) return [];
  const jobs = requests.map(({ job, payload }) => ({
    id: randomUUID(),
    name: job.name,
    data: validPayload(job, payload as never),
    retryLimit: job.retry.limit,
    retryDelay: job.retry.delaySeconds,
    retryBackoff: job.retry.backoff,
    ...(job.timeoutSeconds ? { expireInSeconds: job.timeoutSeconds } : {}),
  }));
  await sender.insert(jobs, { db: transactionExecutor(tx) as PgBoss.Db });
  await notifyWorkers(tx, jobs.map((j) => j.name));
  return jobs.map((j) => j.id);
}

/** Tells listening workers, at commit, which queues got jobs (see JOB_CHANNEL); one NOTIFY per transaction's call. */
async function notifyWorkers(tx: Db, queues: string[]): Promise<void> {
  await executeNamed(tx, 'notify_job_queues', sql`select pg_notify(${JOB_CHANNEL}, ${[...new Set(queues)].join(',')})`);
}
