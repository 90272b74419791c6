import { sql } from 'drizzle-orm';
import type { Logger } from '../observability/logger.js';
import type { Db } from './database.js';

// PGlite runs PostgreSQL in single-user mode, where autovacuum never runs. Without it, a table that
// grows keeps the statistics of the day it was empty: the plans of prepared statements then scan it
// in full, at a cost that grows with every row, and the dead rows that updates leave behind are never
// reclaimed. So the process that owns the embedded database does what autovacuum would, on a timer.
// PostgreSQL has autovacuum of its own; this is for PGlite only. VACUUM holds PGlite's one connection
// while it runs, which on an embedded database (a demo, a trial) takes well under a second.

export const EMBEDDED_MAINTENANCE_INTERVAL_MS = 15 * 60_000;

/** VACUUM (ANALYZE) of every table: fresh statistics (so statements are planned again) and dead rows reclaimed. */
export async function maintainEmbeddedDatabase(db: Db): Promise<{ ms: number }> {
  const started = performance.now();
  // Not through executeSql: that wraps PGlite's simple protocol in a transaction, where VACUUM may not run.
  await db.execute(sql`vacuum (analyze)`);
  return { ms: Math.round(performance.now() - started) };
}

/** Runs the maintenance every `intervalMs`, one run at a time; `stop` waits for a run in progress, so the database can close after it. */
export function startEmbeddedMaintenance(options: { db: Db; logger: Logger; intervalMs?: number }): { stop(): Promise<void> } {
  const { db, logger } = options;
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = maintainEmbeddedDatabase(db)
      .then(({ ms }) => logger.debug({ ms }, 'embedded database vacuumed and analysed'))
      .catch((error: unknown) => logger.error({ err: error }, 'embedded database maintenance failed; it runs again at the next interval'))
      .finally(() => (running = undefined));
  }, options.intervalMs ?? EMBEDDED_MAINTENANCE_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
