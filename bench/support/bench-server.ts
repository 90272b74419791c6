import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/database.js';
import { loadRegelingenContent } from '../../src/server/modules/regelingen/load-regelingen-content.js';
import { syncRegelingenContent } from '../../src/server/modules/regelingen/sync-regelingen-content.js';
import { adminQuery, databaseUrlFor } from '../../tests/support/postgres-admin.js';

// What the HTTP benchmarks share: a scratch database per backend (a fresh PostgreSQL database or a
// PGlite directory), and the real server started as a separate process, as in production.

export type Backend = 'pglite' | 'postgres';

export const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** How the benchmark reaches PostgreSQL, for its report. */
export const postgresTransport = new URL(postgresUrl).searchParams.get('host')?.startsWith('/') ? 'Unix socket' : `TCP ${new URL(postgresUrl).host}`;

export function benchBackends(): Backend[] {
  return (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',') as Backend[];
}

export interface ScratchDatabase {
  backend: Backend;
  /** Environment for the server process that points it at this database. */
  env: Record<string, string | undefined>;
  open(): Promise<DatabaseHandle>;
  drop(): Promise<void>;
  /**
   * Between phases: VACUUM (ANALYZE) when the PostgreSQL server's autovacuum is off, standing in
   * for what autovacuum does in production. Without it the tables the run fills keep the statistics
   * of an empty table, the server's prepared statements keep plans that scan them in full, and
   * every phase pays for the rows of the phases before it. Says what it did, or null.
   */
  maintain(): Promise<string | null>;
}

/** A new empty database with the schema and the shipped regelingen; null when PostgreSQL is not reachable. */
export async function scratchDatabase(backend: Backend): Promise<ScratchDatabase | null> {
  if (backend === 'postgres' && !(await reachable(postgresUrl))) {
    console.log(`PostgreSQL not reachable at ${postgresUrl}; skipping (set BENCH_DATABASE_URL)`);
    return null;
  }
  const name = `eenloket_bench_${randomBytes(4).toString('hex')}`;
  const dataDir = backend === 'pglite' ? mkdtempSync(join(tmpdir(), 'eenloket-bench-')) : undefined;
  const url = backend === 'postgres' ? databaseUrlFor(postgresUrl, name) : undefined;
  if (url) await adminQuery(postgresUrl, `CREATE DATABASE "${name}"`);
  const open = () => openDatabase({ url, pgliteDataDir: dataDir });
  const database = await open();
  await database.migrate();
  await syncRegelingenContent({ db: database.db, loaded: loadRegelingenContent('regelingen') });
  await database.close();
  return {
    backend,
    env: url ? { DATABASE_URL: url } : { DATABASE_URL: undefined, PGLITE_DATA_DIR: dataDir },
    open,
    async maintain() {
      if (!url) return null;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ autovacuum: string }>('show autovacuum');
        if (rows[0]?.autovacuum === 'on') return null;
        const started = performance.now();
        await client.query('vacuum (analyze)');
        return `autovacuum is off on this server: VACUUM (ANALYZE) in its stead, ${Math.round(performance.now() - started)} ms`;
      } finally {
        await client.end();
      }
    },
    async drop() {
      // BENCH_KEEP_DATABASE=true leaves the scratch database for a look afterwards (EXPLAIN, counts).
      if (process.env.BENCH_KEEP_DATABASE === 'true') return console.log(`kept ${url ?? dataDir}`);
      if (url) await adminQuery(postgresUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const benchPort = 3900 + Math.floor(Math.random() * 50);
export const benchBase = `http://127.0.0.1:${benchPort}`;

export const workerMetricsBase = `http://127.0.0.1:${benchPort + 1}`;

export interface BenchServer {
  web: ChildProcess;
  /** The job worker in a process of its own (web with JOBS_WORKER=false), when asked for. */
  worker?: ChildProcess;
  /** Where the processes' /metrics are: the web's, and the worker's when it has its own. */
  metricsBases: string[];
}

/** The real server as a separate process, as in production; with `separateWorker`, its job worker in a second one (`npm run worker`). */
export async function startServer(env: Record<string, string | undefined>, options: { separateWorker?: boolean } = {}): Promise<BenchServer> {
  const shared = { ...process.env, NODE_ENV: 'development', HOST: '127.0.0.1', PUBLIC_URL: benchBase, DEMO_SEED: 'false', LOG_LEVEL: 'warn', SESSION_IDLE_MINUTES: '600', ...env };
  const web = spawnNode('src/server/main.ts', { ...shared, PORT: String(benchPort), ...(options.separateWorker ? { JOBS_WORKER: 'false' } : {}) });
  await waitUntilReady(web, `${benchBase}/health/ready`);
  if (!options.separateWorker) return { web, metricsBases: [benchBase] };
  const worker = spawnNode('src/server/worker-main.ts', { ...shared, PORT: String(benchPort + 1) });
  await waitUntilReady(worker, `${workerMetricsBase}/metrics`);
  return { web, worker, metricsBases: [benchBase, workerMetricsBase] };
}

function spawnNode(entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  // BENCH_CPU_PROFILE=<dir> writes a V8 CPU profile of each server process, to see where its time goes.
  const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
  return spawn(process.execPath, [...profile, '--import', 'tsx', entry], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function waitUntilReady(child: ChildProcess, url: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    // Refused connections are expected until the process listens.
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not become ready`);
}

export async function stopServer(server: BenchServer): Promise<void> {
  await Promise.all(
    [server.web, server.worker].filter((c): c is ChildProcess => c !== undefined).map((child) => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      return exited;
    }),
  );
}

async function reachable(url: string): Promise<boolean> {
  try {
    await adminQuery(url, 'select 1');
    return true;
  } catch {
    return false;
  }
}
