import { performance } from 'node:perf_hooks';
import PgBoss from 'pg-boss';
import type { SqlExecutor } from '../db/database.js';
import type { JobDefinition, JobDeps } from './define-job.js';
import { describeErrorForLog, safeErrorMessage } from './job-errors.js';
import { jobMetrics } from './job-metrics.js';
import { jobDefinitions } from './job-registry.js';
import { bossOptions } from './boss-options.js';
import { ensureJobQueues } from './job-schema.js';

export interface JobWorker {
  readonly running: boolean;
  /** Checks pg-boss's schema, creates missing queues and starts one fetch loop per job. */
  start(): Promise<void>;
  /** Lets each loop finish its current job, then waits for every query it started; safe to close the database after. */
  stop(): Promise<void>;
  /** Ends the pause between polls now (tests use it to drain queues without waiting for the interval). */
  wake(): void;
}

/**
 * Runs registered jobs from pg-boss's queues in this process.
 *
 * The loop is ours (fetch → handler → complete/fail, each awaited) rather than pg-boss's `work()`,
 * because `work()` does not await complete/fail and can start a job it fetched just before `stop()`
 * returned: with the database closed right after, that is a lost update and an unhandled rejection.
 * pg-boss still owns the job states, retries with backoff, and maintenance (expiring runs that
 * outlive their timeout, archiving, deleting); it runs that maintenance from this worker.
 */
export function createJobWorker(options: { deps: JobDeps; pollSeconds: number; batchSize?: number; definitions?: readonly JobDefinition[] }): JobWorker {
  const { deps, pollSeconds } = options;
  const batchSize = options.batchSize ?? 10;
  const definitions = options.definitions ?? jobDefinitions;
  const logger = deps.logger.child({ component: 'jobs' });
  const metrics = jobMetrics(deps.metrics.registry);

  // Every query this worker's pg-boss instance has in flight, so stop() can wait for the last one.
  const pending = new Set<Promise<unknown>>();
  const executor: SqlExecutor = {
    executeSql: (text, values) => {
      const query = deps.database.executeSql(text, values);
      pending.add(query);
      const forget = () => pending.delete(query);
      query.then(forget, forget);
      return query;
    },
  };

  let boss: PgBoss | undefined;
  let loops: Promise<void>[] = [];
  let stopping = false;
  const sleepers = new Set<() => void>();

  const wake = () => {
    for (const resume of sleepers) resume();
    sleepers.clear();
  };

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      }
      sleepers.add(done);
    });

  /** Runs one job; returns true when it completed (the caller completes it in pg-boss), false when it failed. */
  async function runJob(instance: PgBoss, definition: JobDefinition, job: PgBoss.JobWithMetadata<unknown>): Promise<boolean> {
    const run = {
      id: job.id,
      name: definition.name,
      attempt: job.retryCount + 1,
      retryLimit: job.retryLimit,
      isFinalAttempt: job.retryCount >= job.retryLimit,
    };
    const runLogger = logger.child({ job: run.name, jobId: run.id, attempt: run.attempt });
    const started = performance.now();
    try {
      const payload: unknown = definition.payload.parse(job.data);
      await definition.handler(payload, { deps, job: run, logger: runLogger });
    } catch (error) {
      const outcome = run.isFinalAttempt ? 'failed' : 'retried';
      metrics.recordRun(run.name, outcome, (performance.now() - started) / 1000);
      const fields = { retryLimit: run.retryLimit, error: describeErrorForLog(error) };
      if (run.isFinalAttempt) runLogger.error(fields, 'job failed; no retries left, it stays failed');
      else runLogger.warn(fields, 'job failed; pg-boss retries it after its backoff');
      // Only the scrubbed message goes into pg-boss's output column, not the serialised error.
      await instance.fail(run.name, run.id, { message: safeErrorMessage(error) });
      return false;
    }
    metrics.recordRun(run.name, 'completed', (performance.now() - started) / 1000);
    runLogger.debug('job completed');
    return true;
  }

  /** Runs a batch `concurrency` at a time and returns the ids of the jobs that completed. */
  async function runBatch(instance: PgBoss, definition: JobDefinition, jobs: PgBoss.JobWithMetadata<unknown>[]): Promise<string[]> {
    const completed: string[] = [];
    let next = 0;
    const lane = async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        if (await runJob(instance, definition, job)) completed.push(job.id);
      }
    };
    await Promise.all(Array.from({ length: Math.min(definition.concurrency ?? 1, jobs.length) }, lane));
    return completed;
  }

  async function loop(instance: PgBoss, definition: JobDefinition) {
    // After work, look again soon (25 ms, doubling up to the poll interval): jobs that arrive while
    // the queue is busy wait milliseconds, not a whole interval; an idle queue costs one fetch per interval.
    let idleFetches = 0;
    while (!stopping) {
      try {
        // A batch is fetched and completed with one query each: under load that halves the queue's
        // own round trips per job.
        const jobs = await instance.fetch(definition.name, { includeMetadata: true, batchSize: Math.max(batchSize, 2 * (definition.concurrency ?? 1)) });
        if (jobs.length) {
          idleFetches = 0;
          const completed = await runBatch(instance, definition, jobs);
          if (completed.length) {
            const result = (await instance.complete(definition.name, completed)) as unknown as { affected?: number } | undefined;
            if (result && typeof result.affected === 'number' && result.affected < completed.length) {
              logger.warn({ job: definition.name, expired: completed.length - result.affected }, 'jobs finished after pg-boss had expired their run; they will run again (handlers are idempotent)');
            }
          }
          continue;
        }
      } catch (error) {
        // The run stays active and pg-boss's maintenance expires and retries it; keep polling.
        logger.error({ job: definition.name, error: describeErrorForLog(error) }, 'job loop failed');
      }
      if (!stopping) await pause(Math.min(pollSeconds * 1000, 25 * 2 ** idleFetches++));
    }
  }

  return {
    get running() {
      return boss !== undefined;
    },

    async start() {
      if (boss) return;
      const instance = new PgBoss(bossOptions(executor, { migrate: false, supervise: true }));
      instance.on('error', (error) => logger.error({ error: describeErrorForLog(error) }, 'job queue error'));
      try {
        await instance.start();
        await ensureJobQueues(instance, definitions);
      } catch (error) {
        await instance.stop({ graceful: false });
        throw error;
      }
      boss = instance;
      stopping = false;
      loops = definitions.map((definition) => loop(instance, definition));
      logger.info({ jobs: definitions.map((d) => d.name), pollSeconds }, 'job worker started');
    },

    async stop() {
      const instance = boss;
      if (!instance) return;
      stopping = true;
      wake();
      await Promise.all(loops);
      await instance.stop({ graceful: false });
      while (pending.size > 0) await Promise.allSettled([...pending]);
      boss = undefined;
      loops = [];
      logger.info('job worker stopped');
    },

    wake,
  };
}
