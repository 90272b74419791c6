import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { fileURLToPath } from 'node:url';
import { migrateJobSchema } from '../jobs/job-schema.js';
import { listenPglite, listenPostgres, type Listener, type ListenOptions } from './notifications.js';

const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/** The Drizzle database or a transaction on it; both drivers share this type. */
export type Db = PgDatabase<PgQueryResultHKT>;

/**
 * Raw SQL with $1, $2 … parameters, for libraries that bring their own SQL (pg-boss). Text without
 * values may hold several statements (pg-boss's migrations and maintenance are multi-statement).
 */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Round trip to the database; throws when it is unreachable. */
  ping(): Promise<void>;
  /** Raw SQL outside any transaction (see SqlExecutor); the job queue runs on this. */
  executeSql: SqlExecutor['executeSql'];
  /**
   * Applies pending migrations from ./drizzle, then pg-boss's own schema `pgboss` and the job queues;
   * safe when several instances start at once.
   */
  migrate(): Promise<void>;
  /** LISTEN for NOTIFYs on a channel (the job worker's wake-up); on PostgreSQL over a connection of its own. */
  listen(options: ListenOptions): Promise<Listener>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres:// URL; when absent the embedded PGlite database is used. */
  url?: string | undefined;
  /** PGlite data directory; 'memory://' for an in-memory database. */
  pgliteDataDir?: string;
  /** An existing PGlite instance (tests clone a migrated template). */
  pglite?: PGlite;
  poolSize?: number;
  /** Called when an idle pooled connection fails (e.g. a server restart); the pool replaces it. */
  onIdleClientError?: (error: Error) => void;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10, options.onIdleClientError);
  const client = options.pglite ?? (await createPglite(options.pgliteDataDir ?? 'memory://'));
  const db = drizzlePglite(client) as unknown as Db;
  const executor = pgliteExecutor(client);
  return {
    db,
    kind: 'pglite',
    executeSql: executor.executeSql,
    ping: async () => {
      await client.query('select 1');
    },
    migrate: async () => {
      await migratePglite(drizzlePglite(client), { migrationsFolder });
      await migrateJobSchema(executor);
    },
    listen: (listenOptions) => listenPglite(client, listenOptions),
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

function pgliteExecutor(client: PGlite): SqlExecutor {
  return {
    executeSql: async (text, values) => {
      // query(): the extended protocol, one statement with parameters.
      if (values && values.length > 0) return client.query<Record<string, unknown>>(text, values);
      // exec(): the simple protocol, several statements and a result each (pg-boss wants the last).
      // Inside transaction(), because pg-boss's multi-statement SQL brings its own BEGIN … COMMIT, and
      // when a statement in between fails PGlite (unlike a PostgreSQL server) keeps its one session in
      // an aborted transaction, refusing every later query; transaction() rolls that back.
      const results = await client.transaction((tx) => tx.exec(text));
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

export async function createPglite(dataDir: string): Promise<PGlite> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  return PGlite.create(dataDir);
}

async function openPostgres(
  url: string,
  max: number,
  onIdleClientError: ((error: Error) => void) | undefined,
): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000 });
  // Without a listener an idle client's error would crash the process.
  pool.on('error', (error) => onIdleClientError?.(error));
  const db = drizzlePg(pool) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    executeSql: (text, values) => postgresExecuteSql(pool, text, values),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    migrate: () => migratePostgres(url),
    listen: (listenOptions) => listenPostgres(url, listenOptions),
    close: () => pool.end(),
  };
}

// node-postgres sends text without values with the simple protocol, so multi-statement SQL works
// too; it then returns one result per statement, and callers (like on PGlite) get the last one's rows.
async function postgresExecuteSql(client: pg.Pool | pg.Client, text: string, values: unknown[] | undefined) {
  const result = (await client.query(text, values)) as pg.QueryResult | pg.QueryResult[];
  return { rows: (Array.isArray(result) ? result.at(-1)?.rows : result.rows) ?? [] };
}

async function migratePostgres(url: string): Promise<void> {
  // A session-level advisory lock on one dedicated connection, so that instances starting
  // together apply each migration once.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext('eenloket:migrate'))");
    await migratePg(drizzlePg(client), { migrationsFolder });
    await migrateJobSchema({ executeSql: (text, values) => postgresExecuteSql(client, text, values) });
  } finally {
    await client.end();
  }
}
