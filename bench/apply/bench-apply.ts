import { cpus } from 'node:os';
import { sql } from 'drizzle-orm';
import { benchBackends, postgresTransport, scratchDatabase, startServer, stopServer, type ScratchDatabase } from '../support/bench-server.js';
import { submitPhase } from '../support/submit-phase.js';
import { prepareDrafts } from './prepare-drafts.js';

// `npm run bench:apply`: complete applications submitted through the HTTP API of the real server
// (a separate process, as in production) at rising concurrency, on PGlite and on PostgreSQL.
// Latency is from sending the submit to receiving the receipt, which the server returns only after
// the application, its events, its audit entry and its confirmation email are committed.

const concurrencies = (process.env.BENCH_CONCURRENCY ?? '10,25,50,100').split(',').map(Number);
const perPhase = Number(process.env.BENCH_PER_PHASE ?? 3000);

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
  for (const backend of benchBackends()) {
    const scratch = await scratchDatabase(backend);
    if (scratch) results.push(...(await runBackend(scratch)));
  }
  console.log(`\nbench:apply on ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), Node ${process.version}, ${perPhase} submissions per phase; PostgreSQL over ${postgresTransport}`);
  console.log('| database | connections | submitted | submissions/s | p50 ms | p99 ms | errors |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) console.log(`| ${r.backend} | ${r.connections} | ${r.submitted} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} |`);
}

async function runBackend(scratch: ScratchDatabase): Promise<PhaseResult[]> {
  const { backend } = scratch;
  const total = perPhase * concurrencies.length;
  console.log(`${backend}: preparing ${total} complete drafts…`);
  const database = await scratch.open();
  const drafts = await prepareDrafts(database.db, { count: total, municipalityCode: '9999', offset: 0 });
  await database.close();

  // Without the worker: this benchmark measures the receipt; bench:assess measures the assessment behind it.
  const server = await startServer({ ...scratch.env, JOBS_WORKER: 'false' });
  const results: PhaseResult[] = [];
  try {
    let next = 0;
    for (const connections of concurrencies) {
      const phase = drafts.slice(next, next + perPhase);
      next += perPhase;
      const maintained = await scratch.maintain();
      console.log(`${backend}: ${connections} connections…${maintained ? ` (before it: ${maintained})` : ''}`);
      const run = await submitPhase(phase, connections);
      results.push({ backend, connections, submitted: run.submitted, perSecond: run.submitted / (run.elapsedMs / 1000), p50: run.p50, p99: run.p99, errors: run.errors });
    }
  } finally {
    await stopServer(server);
  }
  // Every draft was sent exactly once: one application each, none left as draft.
  const check = await scratch.open();
  const counted = (await check.db.execute(sql`select count(*) filter (where status <> 'concept')::int as received, count(*) filter (where status = 'concept')::int as drafts from applications`)) as unknown as { rows: { received: number; drafts: number }[] };
  console.log(`${backend}: ${counted.rows[0]!.received} received, ${counted.rows[0]!.drafts} drafts left`);
  await check.close();
  await scratch.drop();
  return results;
}

await main();
