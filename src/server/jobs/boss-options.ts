import type PgBoss from 'pg-boss';
import type { SqlExecutor } from '../db/database.js';

/** pg-boss keeps its tables in this schema, beside (not in) the Drizzle-managed public schema. */
export const JOB_SCHEMA = 'pgboss';

/**
 * Enqueuing a job NOTIFYs this channel with the job's name, in the enqueuing transaction (so it is
 * delivered at commit, and not at all on rollback). The worker LISTENs and fetches at once instead of
 * at its next poll; polling stays, for a worker whose listening connection is down.
 */
export const JOB_CHANNEL = 'eenloket_jobs';

/** Options for every pg-boss instance we create: our own SQL executor, no cron (nothing is scheduled yet). */
export function bossOptions(executor: SqlExecutor, extra: Partial<PgBoss.ConstructorOptions> = {}): PgBoss.ConstructorOptions {
  return { db: executor as PgBoss.Db, schema: JOB_SCHEMA, schedule: false, ...extra };
}
