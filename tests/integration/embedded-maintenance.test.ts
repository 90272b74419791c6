import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db, DatabaseHandle } from '../../src/server/db/database.js';
import { maintainEmbeddedDatabase, startEmbeddedMaintenance } from '../../src/server/db/embedded-maintenance.js';
import { createTestDatabase } from '../support/test-database.js';

// PGlite has no autovacuum, so the server does its work on a timer (main.ts, on PGlite only). The
// statement is plain PostgreSQL, so this runs on both databases.

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`create table maintenance_probe (id int primary key, v text not null)`);
});
afterAll(() => database.close());

async function statsOf(db: Db): Promise<{ reltuples: number; relallvisible: number }> {
  const result = (await db.execute(sql`select reltuples::float8 as reltuples, relallvisible from pg_class where relname = 'maintenance_probe'`)) as unknown as { rows: { reltuples: number; relallvisible: number }[] };
  return result.rows[0]!;
}

function capturedLogger() {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line) as { level: number; msg: string }) });
  return { logger, lines };
}

describe('the embedded database maintenance', () => {
  it('gives a grown table its statistics and marks its pages all-visible (VACUUM ANALYZE)', async () => {
    await database.db.execute(sql`insert into maintenance_probe select g, md5(g::text) from generate_series(1, 3000) g`);
    await database.db.execute(sql`update maintenance_probe set v = v || 'x' where id % 2 = 0`);
    // Never analysed: the planner knows nothing about its rows.
    expect((await statsOf(database.db)).reltuples).toBeLessThan(1);
    const { ms } = await maintainEmbeddedDatabase(database.db);
    expect(ms).toBeGreaterThanOrEqual(0);
    const after = await statsOf(database.db);
    expect(after.reltuples).toBe(3000);
    // Only VACUUM sets the visibility map; ANALYZE alone would leave this at 0.
    expect(after.relallvisible).toBeGreaterThan(0);
  });

  it('runs on its timer, one run at a time, and stop waits for the run in progress', async () => {
    await database.db.execute(sql`insert into maintenance_probe select g, 'more' from generate_series(3001, 4000) g`);
    const { logger, lines } = capturedLogger();
    const maintenance = startEmbeddedMaintenance({ db: database.db, logger, intervalMs: 20 });
    await vi.waitFor(async () => expect((await statsOf(database.db)).reltuples).toBe(4000), { timeout: 10_000, interval: 50 });
    await maintenance.stop();
    const runs = lines.filter((l) => l.msg === 'embedded database vacuumed and analysed').length;
    expect(runs).toBeGreaterThan(0);
    // Stopped: no further runs.
    await new Promise((r) => setTimeout(r, 100));
    expect(lines.filter((l) => l.msg === 'embedded database vacuumed and analysed').length).toBe(runs);
  });

  it('logs a failed run and tries again at the next interval', async () => {
    const { logger, lines } = capturedLogger();
    let calls = 0;
    // A database that refuses the statement twice, then accepts it.
    const flaky = { execute: (query: unknown) => (++calls <= 2 ? Promise.reject(new Error('database is busy')) : database.db.execute(query as ReturnType<typeof sql>)) } as unknown as Db;
    const maintenance = startEmbeddedMaintenance({ db: flaky, logger, intervalMs: 20 });
    await vi.waitFor(() => expect(lines.some((l) => l.msg === 'embedded database vacuumed and analysed')).toBe(true), { timeout: 10_000, interval: 20 });
    await maintenance.stop();
    const failures = lines.filter((l) => l.level === 50 && l.msg.startsWith('embedded database maintenance failed'));
    expect(failures).toHaveLength(2);
  });
});
