import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/server/db/database.js';
import { loadRegelingenContent } from '../../src/server/modules/regelingen/load-regelingen-content.js';
import { syncRegelingenContent } from '../../src/server/modules/regelingen/sync-regelingen-content.js';
import { adminQuery, databaseUrlFor } from '../../tests/support/postgres-admin.js';
import { prepareDrafts, type PreparedDraft } from './prepare-drafts.js';

// `npm run bench:apply`: complete applications submitted through the HTTP API of the real server
// (a separate process, as in production) at rising concurrency, on PGlite and on PostgreSQL.
// Latency is from sending the submit to receiving the receipt, which the server returns only after
// the application, its events, its audit entry and its confirmation email are committed.

const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const concurrencies = (process.env.BENCH_CONCURRENCY ?? '10,25,50,100').split(',').map(Number);
const perPhase = Number(process.env.BENCH_PER_PHASE ?? 3000);
const port = 3900 + Math.floor(Math.random() * 50);
const base = `http://127.0.0.1:${port}`;

interface PhaseResult {
  backend: string;
  connections: number;
  submitted: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function main() {
  const results: PhaseResult[] = [];
  const backends = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
  for (const backend of backends) {
    if (backend === 'postgres' && !(await reachable(postgresUrl))) {
      console.log(`PostgreSQL not reachable at ${postgresUrl}; skipping (set BENCH_DATABASE_URL)`);
      continue;
    }
    results.push(...(await runBackend(backend)));
  }
  console.log(`\nbench:apply on ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), Node ${process.version}, ${perPhase} submissions per phase`);
  console.log('| database | connections | submitted | submissions/s | p50 ms | p99 ms | errors |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) console.log(`| ${r.backend} | ${r.connections} | ${r.submitted} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} |`);
}

async function runBackend(backend: 'pglite' | 'postgres'): Promise<PhaseResult[]> {
  const name = `eenloket_bench_${randomBytes(4).toString('hex')}`;
  const dataDir = backend === 'pglite' ? mkdtempSync(join(tmpdir(), 'eenloket-bench-')) : undefined;
  const url = backend === 'postgres' ? databaseUrlFor(postgresUrl, name) : undefined;
  if (url) await adminQuery(postgresUrl, `CREATE DATABASE "${name}"`);
  const total = perPhase * concurrencies.length;
  console.log(`${backend}: preparing ${total} complete drafts…`);
  const database = await openDatabase({ url, pgliteDataDir: dataDir });
  await database.migrate();
  await syncRegelingenContent({ db: database.db, loaded: loadRegelingenContent('regelingen') });
  const drafts = await prepareDrafts(database.db, { count: total, municipalityCode: '9999', offset: 0 });
  await database.close();

  const server = await startServer(url ? { DATABASE_URL: url } : { DATABASE_URL: undefined, PGLITE_DATA_DIR: dataDir });
  const results: PhaseResult[] = [];
  try {
    let next = 0;
    for (const connections of concurrencies) {
      const phase = drafts.slice(next, next + perPhase);
      next += perPhase;
      console.log(`${backend}: ${connections} connections…`);
      results.push({ backend, connections, ...(await runPhase(phase, connections)) });
    }
  } finally {
    await stopServer(server);
  }
  // Every draft was sent exactly once: one application each, none left as draft.
  const check = await openDatabase({ url, pgliteDataDir: dataDir });
  const counted = (await check.db.execute(sql`select count(*) filter (where status = 'ontvangen')::int as received, count(*) filter (where status = 'concept')::int as drafts from applications`)) as unknown as { rows: { received: number; drafts: number }[] };
  console.log(`${backend}: ${counted.rows[0]!.received} received, ${counted.rows[0]!.drafts} drafts left`);
  await check.close();
  if (url) await adminQuery(postgresUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  return results;
}

async function runPhase(drafts: PreparedDraft[], connections: number): Promise<Omit<PhaseResult, 'backend' | 'connections'>> {
  let i = 0;
  let first = 0;
  let last = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        amount: drafts.length,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              first ||= performance.now();
              const draft = drafts[i++ % drafts.length]!;
              return {
                ...request,
                path: `/api/loket/applications/${draft.applicationId}/submit`,
                headers: { 'content-type': 'application/json', cookie: draft.cookie, 'x-csrf-token': draft.csrfToken, origin: base },
                body: JSON.stringify({ declaration: true, lang: 'nl' }),
              };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', () => {
      last = performance.now();
    });
  });
  // autocannon finishes on a whole-second tick; the time from the first request to the last response is the real run.
  const seconds = (last - first) / 1000;
  const ok = result['2xx'];
  return { submitted: ok, perSecond: ok / seconds, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors };
}

async function startServer(env: Record<string, string | undefined>): Promise<ChildProcess> {
  // BENCH_CPU_PROFILE=<dir> writes a V8 CPU profile of the server, to see where its time goes.
  const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: base, DEMO_SEED: 'false', LOG_LEVEL: 'warn', SESSION_IDLE_MINUTES: '600' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    // Refused connections are expected until the server listens.
    if (await fetch(`${base}/health/ready`).then((r) => r.ok, () => false)) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become ready');
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function reachable(url: string): Promise<boolean> {
  try {
    await adminQuery(url, 'select 1');
    return true;
  } catch {
    return false;
  }
}

await main();
