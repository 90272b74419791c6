import PgBoss from 'pg-boss';
import type { SqlExecutor } from '../db/database.js';
import { bossOptions } from './boss-options.js';
import type { JobDefinition } from './define-job.js';
import { jobDefinitions } from './job-registry.js';

/**
 * Installs or upgrades pg-boss's schema (its own migrations, under its own advisory lock) and creates
 * a queue per registered job. Part of `database.migrate()`, so a migrated database (and the test
 * template) can enqueue at once: pg-boss 10 inserts nothing for a queue that does not exist.
 */
export async function migrateJobSchema(executor: SqlExecutor, definitions: readonly JobDefinition[] = jobDefinitions): Promise<void> {
  const boss = new PgBoss(bossOptions(executor, { migrate: true, supervise: false }));
  await boss.start();
  try {
    await ensureJobQueues(boss, definitions);
  } finally {
    await boss.stop({ graceful: false });
  }
}

/** Creates missing queues; a no-op for existing ones (pg-boss's create_queue inserts ON CONFLICT DO NOTHING). */
export async function ensureJobQueues(boss: PgBoss, definitions: readonly JobDefinition[]): Promise<void> {
  for (const definition of definitions) await boss.createQueue(definition.name);
}
