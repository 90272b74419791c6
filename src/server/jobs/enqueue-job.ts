import PgBoss from 'pg-boss';
import type { z } from 'zod';
import type { Db } from '../db/database.js';
import type { JobDefinition } from './define-job.js';
import { bossOptions } from './boss-options.js';
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
  const parsed = job.payload.safeParse(payload);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.code}`);
    throw new InvalidJobPayloadError(job.name, issues, { cause: parsed.error });
  }
  const id = await sender.send(job.name, parsed.data as object, {
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
  return id;
}
