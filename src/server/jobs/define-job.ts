import type { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import type { Logger } from '../observability/logger.js';

/** What a handler may use: the same dependencies as a use case, minus the worker that runs it. */
export type JobDeps = Omit<AppDeps, 'jobs'>;

export interface JobRun {
  id: string;
  name: string;
  /** 1 for the first run, 2 for the first retry, … */
  attempt: number;
  retryLimit: number;
  /** True when a failure of this run ends the job in pg-boss's `failed` state instead of a retry. */
  isFinalAttempt: boolean;
}

export interface JobContext {
  deps: JobDeps;
  job: JobRun;
  /** A child logger with the job's name, id and attempt; never log personal data or email addresses. */
  logger: Logger;
}

export interface JobRetryPolicy {
  /** Retries after the first run; the job runs at most limit + 1 times. */
  limit: number;
  /** Seconds before the first retry. */
  delaySeconds: number;
  /** Doubles the delay per retry (pg-boss adds jitter: between delay·2ⁿ⁻¹ and delay·2ⁿ). */
  backoff: boolean;
}

/**
 * A durable job: a name (the pg-boss queue), a zod schema for its payload, and a handler.
 *
 * The handler MUST be safe to run twice for the same payload. Delivery is at least once: a process
 * that dies after the handler's side effect but before pg-boss records completion (or a run that
 * outlives `timeoutSeconds`) runs the job again. Check the effect's own state first (e.g. "already
 * sent?") and make writes idempotent. Throwing means "failed, retry per policy"; returning means done.
 */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  payload: S;
  retry: JobRetryPolicy;
  /** After this long in the active state pg-boss's maintenance fails the run (default 15 minutes). */
  timeoutSeconds?: number;
  /**
   * How many jobs of a fetched batch run at the same time (default 1, one after the other). Only for
   * handlers whose runs for different payloads do not contend, e.g. each locks its own row.
   */
  concurrency?: number;
  handler(payload: z.output<S>, context: JobContext): Promise<void>;
}

/** Declares a job; the identity function that gives the handler its payload type. */
export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}
