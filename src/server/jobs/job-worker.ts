import { performance } from 'node:perf_hooks';
import PgBoss from 'pg-boss';
import type { SqlExecutor } from '../db/database.js';
import type { JobDefinition, JobDeps } from './define-job.js';
import { describeErrorForLog, safeErrorMessage } from '../observability/describe-error.js';
import { jobMetrics } from './job-metrics.js';
import { jobDefinitions } from './job-registry.js';
import type { Listener } from '../db/notifications.js';
import { bossOptions, JOB_CHANNEL } from './boss-options.js';
import { ensureJobQueues } from './job-schema.js';

export interface JobWorker {
  readonly running: boolean;
  /** Checks pg-boss's schema, creates missing queues and starts one fetch loop per job. */
  start(): Promise<void>;
  /** Lets each loop finish the jobs it fetched, then waits for every query it started; safe to close the database after. */
  stop(): Promise<void>;
  /** Ends the pause between polls now (tests use it to drain queues without waiting for the interval). */
  wake(): void;
}

/** The shortest idle sleep a new job's NOTIFY ends: the backoff's sleeps of 25 and 50 ms run out. */
const WAKE_MIN_MS = 100;

/**
 * Runs registered jobs from pg-boss's queues in this process.
 *
 * The loop is ours (fetch → handlers → complete/fail, each awaited) rather than pg-boss's `work()`,
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
  let listener: Listener | undefined;
  let stopping = false;
  // Each sleeping loop's resume, with its queue and whether a NOTIFY may end the sleep (see wakeIdle).
  const sleepers = new Map<() => void, { queue: string; wakeable: boolean }>();
  // Queues notified while their loop was not in a wakeable sleep (e.g. in a fetch that began before
  // the job's commit): the loop's next wakeable sleep returns at once, so that job does not wait for
  // the next poll. A fetch that begins clears its queue's flag, as it sees every job committed before.
  const missedWakes = new Set<string>();

  /** stop() and tests: every loop looks again now. */
  const wake = () => {
    for (const resume of [...sleepers.keys()]) resume();
  };

  /**
   * A NOTIFY for these queues: their loops that idle in a long sleep (WAKE_MIN_MS or more) fetch now.
   * Loops that are busy, or idle only since a moment (the backoff's first, short sleeps), look again
   * within 50 ms anyway; waking them for every enqueue would turn each job into a fetch and a
   * complete of its own, which halved the embedded database's throughput (one connection for all).
   */
  const wakeIdle = (queues: readonly string[]) => {
    for (const queue of queues) missedWakes.add(queue);
    for (const [resume, { queue, wakeable }] of [...sleepers]) {
      if (wakeable && missedWakes.delete(queue)) resume();
    }
  };

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

  /** Marks finished runs completed in pg-boss, all in one query. */
  async function complete(instance: PgBoss, definition: JobDefinition, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const result = (await instance.complete(definition.name, ids)) as unknown as { affected?: number } | undefined;
    if (result && typeof result.affected === 'number' && result.affected < ids.length) {
      logger.warn({ job: definition.name, expired: ids.length - result.affected }, 'jobs finished after pg-boss had expired their run; they will run again (handlers are idempotent)');
    }
  }

  /**
   * Keeps up to `concurrency` runs of one job going: when a quarter of them is free it fetches jobs
   * for them (one query for several), and it completes the runs that finished since it last fetched
   * in one query. A job that arrives while others run waits for a free run, not for a whole batch.
   */
  async function loop(instance: PgBoss, definition: JobDefinition) {
    const limit = definition.concurrency ?? 1;
    const running = new Set<Promise<void>>();
    let finished: string[] = [];
    // A run that ends wakes the loop, so its slot is refilled and its completion recorded at once.
    let wakeLoop: () => void = () => undefined;
    const start = (job: PgBoss.JobWithMetadata<unknown>) => {
      const run: Promise<void> = runJob(instance, definition, job)
        .then(
          (completed) => {
            if (completed) finished.push(job.id);
          },
          // Only recording a failure can throw here; the run stays active until pg-boss expires and retries it.
          (error: unknown) => logger.error({ job: definition.name, jobId: job.id, error: describeErrorForLog(error) }, 'recording a failed run failed'),
        )
        .finally(() => {
          running.delete(run);
          wakeLoop();
        });
      running.add(run);
    };
    // Fetched, not started yet: a fetch takes at least `batchSize` jobs, which then start one by one
    // as runs free up (a job that runs one at a time still costs one fetch per batch).
    const fetchedJobs: PgBoss.JobWithMetadata<unknown>[] = [];
    const startFetched = () => {
      while (running.size < limit && fetchedJobs.length > 0) start(fetchedJobs.shift()!);
    };
    // Free runs are filled a few at a time (a quarter of the concurrency), so a busy queue costs one
    // fetch and one complete per few runs, not per run. Jobs left over from a fetch mean every run is
    // taken, so "room" also means nothing fetched is waiting.
    const refill = Math.max(1, Math.ceil(limit / 4));
    const room = () => limit - running.size >= refill;
    // While runs go on, look again after 25 ms; an idle queue backs off, doubling up to the poll
    // interval: jobs that arrive while the queue is busy wait milliseconds, an idle queue costs one
    // fetch per interval. Without room, wait until a run ends (or stop()/wake()).
    let idleFetches = 0;
    const sleep = (ms: number | undefined) =>
      new Promise<void>((resolve) => {
        let timer: NodeJS.Timeout | undefined;
        const done = () => {
          clearTimeout(timer);
          sleepers.delete(done);
          wakeLoop = () => undefined;
          resolve();
        };
        wakeLoop = done;
        const wakeable = ms !== undefined && ms >= WAKE_MIN_MS && running.size === 0;
        if (wakeable && missedWakes.delete(definition.name)) return done();
        sleepers.set(done, { queue: definition.name, wakeable });
        if (ms !== undefined) timer = setTimeout(done, ms);
      });

    while (!stopping) {
      startFetched();
      if (room()) {
        try {
          const done = finished;
          finished = [];
          await complete(instance, definition, done);
          missedWakes.delete(definition.name);
          fetchedJobs.push(...(await instance.fetch(definition.name, { includeMetadata: true, batchSize: Math.max(limit - running.size, batchSize) })));
          startFetched();
        } catch (error) {
          // The run stays active and pg-boss's maintenance expires and retries it; keep polling.
          logger.error({ job: definition.name, error: describeErrorForLog(error) }, 'job loop failed');
        }
      }
      if (stopping) break;
      if (running.size > 0) idleFetches = 0;
      await sleep(!room() ? undefined : running.size > 0 ? 25 : Math.min(pollSeconds * 1000, 25 * 2 ** idleFetches++));
    }
    // Stopping: what was fetched still runs, and is recorded, before stop() returns; nothing new is fetched.
    while (running.size > 0 || fetchedJobs.length > 0) {
      startFetched();
      await Promise.race(running);
    }
    await complete(instance, definition, finished);
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
      // A NOTIFY at an enqueue's commit (JOB_CHANNEL) ends that queue's idle wait at once.
      listener = await deps.database.listen({
        channel: JOB_CHANNEL,
        onNotify: (payload) => wakeIdle(payload.split(',')),
        onError: (error) => logger.warn({ error: describeErrorForLog(error) }, 'job wake-up connection failed; the worker polls until it is back'),
      });
      logger.info({ jobs: definitions.map((d) => d.name), pollSeconds }, 'job worker started');
    },

    async stop() {
      const instance = boss;
      if (!instance) return;
      stopping = true;
      await listener?.close();
      listener = undefined;
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
