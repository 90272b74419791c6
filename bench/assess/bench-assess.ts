import { cpus } from 'node:os';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/server/db/database.js';
import { prepareDrafts } from '../apply/prepare-drafts.js';
import { carryFiguresIntoYear } from '../../src/server/modules/regelingen/carry-figures-into-year.js';
import { todayInAmsterdam } from '../../src/shared/forms/formats.js';
import { benchBackends, postgresTransport, type Backend, scratchDatabase, startServer, stopServer, type ScratchDatabase } from '../support/bench-server.js';
import { submitPhase } from '../support/submit-phase.js';
import { phaseShares, scrapeTimings, type Timings } from './server-timings.js';

// `npm run bench:assess`: complete energietoeslag applications submitted through the HTTP API of
// the real server (separate processes as in production: on PostgreSQL the web server and the job
// worker apart, `npm run worker`; on PGlite one process), with the embedded registries, on PGlite and
// on PostgreSQL. Latency is from sending the submit to the automatic
// decision being stored (decisions.decided_at, written in the transaction that decides); throughput
// is decided applications per second from the first submit to the last decision.

// Closed phases (each connection sends its next submit when the last one is answered) show the
// capacity; fixed-rate phases (BENCH_RATES, submits per second, evenly spaced over up to 50
// connections) the latency at a given load, where closed phases measure mostly the queue in front of it.
const concurrencies = (process.env.BENCH_CONCURRENCY ?? '10,25,50').split(',').filter(Boolean).map(Number);
const rates = (process.env.BENCH_RATES ?? '100,200,250,300').split(',').filter(Boolean).map(Number);
const perPhase = Number(process.env.BENCH_PER_PHASE ?? 3000);
// On PostgreSQL the last rate phase is the target's: it runs this long (300/s for 60 s: 18,000
// applications), so "sustained" is a minute, not the 10 s that 3,000 applications take at 300/s. PGlite, at
// about a quarter of that capacity, keeps the same count as its other phases. 0: the same count everywhere.
const sustainedSeconds = Number(process.env.BENCH_SUSTAINED_SECONDS ?? 60);
// A server just started is slow for its first seconds (seen in every run, not broken down: code still
// being optimised, connections and their prepared statements still being made); at 300/s, close to
// the machine's capacity, the queue built then takes seconds to drain. A production server is warm,
// so the measured phases come after this many applications at 10 connections. The warm-up is
// reported on its own line, not hidden; 0 leaves it out.
const warmUp = Number(process.env.BENCH_WARMUP ?? 2000);

interface Phase {
  connections: number;
  rate?: number;
  count: number;
  warmUp?: boolean;
}

function phasesFor(backend: Backend): Phase[] {
  const sustained = backend === 'postgres' && sustainedSeconds > 0;
  return [
    ...(warmUp > 0 ? [{ connections: 10, count: warmUp, warmUp: true }] : []),
    ...concurrencies.map((connections) => ({ connections, count: perPhase })),
    ...rates.map((rate, i) => ({ connections: 50, rate, count: sustained && i === rates.length - 1 ? rate * sustainedSeconds : perPhase })),
  ];
}
const phaseLoad = (p: Phase) => (p.warmUp ? `warm-up, ${p.connections} connections (not measured)` : p.rate ? `${p.rate}/s for ${Math.round(p.count / p.rate)} s` : `${p.connections} connections`);

interface PhaseResult {
  backend: string;
  /** "25 connections" or "35/s". */
  load: string;
  decided: number;
  perSecond: number;
  p50: number;
  p99: number;
  submitP99: number;
  notDecided: number;
  errors: number;
  timings: Timings;
}

async function main() {
  const results: PhaseResult[] = [];
  for (const backend of benchBackends()) {
    const scratch = await scratchDatabase(backend);
    if (scratch) results.push(...(await runBackend(scratch)));
  }
  console.log(`\nbench:assess on ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), Node ${process.version}, ${perPhase} applications per phase${sustainedSeconds > 0 && rates.length ? `, the last rate phase ${sustainedSeconds} s long on PostgreSQL` : ''}, after a warm-up of ${warmUp} applications; PostgreSQL over ${postgresTransport}`);
  console.log('| database | load | decided | decided/s | p50 ms | p99 ms | submit p99 ms | not decided | errors |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of results) console.log(`| ${r.backend} | ${r.load} | ${r.decided} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.submitP99.toFixed(0)} | ${r.notDecided} | ${r.errors} |`);
  console.log('\nServer time per decided application (ms) and its share, from the server\'s own timers:');
  console.log('| database | load | HTTP submit | assessment job | of which rules | of which registries | of which storing | other (queue, idle) | server CPU ms |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const s = phaseShares(r.timings, r.decided);
    console.log(`| ${r.backend} | ${r.load} | ${s.http} | ${s.job} | ${s.rules} | ${s.registries} | ${s.storing} | ${s.other} | ${s.cpuPerDecision} |`);
  }
}

async function runBackend(scratch: ScratchDatabase): Promise<PhaseResult[]> {
  const { backend } = scratch;
  const phases = phasesFor(backend);
  const total = phases.reduce((sum, p) => sum + p.count, 0);
  console.log(`${backend}: preparing ${total} complete drafts…`);
  const prepare = await scratch.open();
  const drafts = await prepareDrafts(prepare.db, { count: total, municipalityCode: '9999', offset: 0 });
  // The shipped energietoeslag is the 2022 scheme; the bench measures one that is open (see the function).
  const year = Number(todayInAmsterdam().slice(0, 4));
  await carryFiguresIntoYear({ tx: prepare.db, regelingId: 'energietoeslag', year, note: (from) => `benchmark: the figure of ${from}, carried over` });
  await prepare.close();

  // The default review share: a sampled grant is decided just the same, the share only adds a flag.
  // On PostgreSQL the job worker runs in a process of its own (BENCH_SEPARATE_WORKER=false: in the web process);
  // PGlite belongs to one process, so there the server runs its jobs itself.
  const separateWorker = backend === 'postgres' && process.env.BENCH_SEPARATE_WORKER !== 'false';
  const server = await startServer({ ...scratch.env, MUNICIPALITY_CODE: '9999' }, { separateWorker });
  const runs: { load: string; ids: string[]; sentAt: Map<string, number>; submitP99: number; errors: number; timings: Timings }[] = [];
  try {
    let next = 0;
    for (const p of phases) {
      const phase = drafts.slice(next, next + p.count);
      next += p.count;
      const load = phaseLoad(p);
      const maintained = await scratch.maintain();
      console.log(`${backend}: ${load}…${maintained ? ` (before it: ${maintained})` : ''}`);
      const before = await scrapeTimings(server.metricsBases);
      const run = await submitPhase(phase, p.connections, p.rate);
      // Each phase ends when its assessments and its confirmation emails are done, so no phase's work spills into the next.
      await waitForJobs(server.metricsBases, { assessments: before.completedJobs + run.submitted, emails: before.sentEmails + run.submitted });
      const timings = (await scrapeTimings(server.metricsBases)).minus(before);
      runs.push({ load, ids: phase.map((d) => d.applicationId), sentAt: run.sentAt, submitP99: run.p99, errors: run.errors, timings });
    }
  } finally {
    await stopServer(server);
  }
  // Read after the server stopped: PGlite allows one process at a time.
  const database = await scratch.open();
  const results: PhaseResult[] = [];
  for (const run of runs) {
    const decidedAt = await decisionTimes(database, run.ids);
    const latencies = [...decidedAt].map(([id, at]) => at - run.sentAt.get(id)!).sort((a, b) => a - b);
    const firstSent = Math.min(...run.sentAt.values());
    if (process.env.BENCH_TIMELINE) printTimeline(backend, run.load, firstSent, run.sentAt, decidedAt);
    const lastDecided = Math.max(...decidedAt.values());
    results.push({
      backend,
      load: run.load,
      decided: decidedAt.size,
      perSecond: decidedAt.size / ((lastDecided - firstSent) / 1000),
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      submitP99: run.submitP99,
      notDecided: run.ids.length - decidedAt.size,
      errors: run.errors,
      timings: run.timings,
    });
  }
  const outcomes = (await database.db.execute(sql`select coalesce(proposal, status) || coalesce(' (' || summary_reason || ')', '') as outcome, route, count(*)::int as n from assessments group by 1, 2 order by 3 desc`)) as unknown as { rows: { outcome: string; route: string | null; n: number }[] };
  console.log(`${backend}: assessments ${outcomes.rows.map((r) => `${r.outcome}/${r.route ?? '-'}: ${r.n}`).join(', ')}`);
  const emails = (await database.db.execute(sql`select status, count(*)::int as n from outgoing_emails group by 1 order by 2 desc`)) as unknown as { rows: { status: string; n: number }[] };
  console.log(`${backend}: confirmation emails ${emails.rows.map((r) => `${r.status}: ${r.n}`).join(', ')}`);
  await database.close();
  await scratch.drop();
  return results;
}

/** Waits until the server has completed the expected assessment and email jobs in all, or nothing moved for 30 s. */
async function waitForJobs(metricsBases: string[], expected: { assessments: number; emails: number }): Promise<void> {
  let seen = -1;
  let stillSince = Date.now();
  for (;;) {
    const t = await scrapeTimings(metricsBases);
    const done = t.completedJobs + t.sentEmails;
    if (t.completedJobs >= expected.assessments && t.sentEmails >= expected.emails) return;
    if (done !== seen) [seen, stillSince] = [done, Date.now()];
    else if (Date.now() - stillSince > 30_000) {
      return console.log(`  after 30 s without progress: ${expected.assessments - t.completedJobs} assessments and ${expected.emails - t.sentEmails} emails not completed`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function decisionTimes(database: DatabaseHandle, ids: string[]): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    const rows = (await database.db.execute(sql`select application_id as id, decided_at as at from decisions where automatic and application_id in (${sql.join(chunk.map((id) => sql`${id}::uuid`), sql`, `)})`)) as unknown as { rows: { id: string; at: string | Date }[] };
    for (const row of rows.rows) times.set(row.id, new Date(row.at).getTime());
  }
  return times;
}

/** BENCH_TIMELINE=1: p50/p99/max per 5 s of submits, to tell a steady tail from a few stalls. */
function printTimeline(backend: string, load: string, firstSent: number, sentAt: Map<string, number>, decidedAt: Map<string, number>): void {
  const windows = new Map<number, number[]>();
  for (const [id, sent] of sentAt) {
    const at = decidedAt.get(id);
    if (at === undefined) continue;
    const w = Math.floor((sent - firstSent) / 5000);
    const values = windows.get(w) ?? [];
    values.push(at - sent);
    windows.set(w, values);
  }
  for (const [w, values] of [...windows].sort(([a], [b]) => a - b)) {
    values.sort((a, b) => a - b);
    console.log(`  ${backend} ${load} ${w * 5}-${w * 5 + 5} s: n ${values.length}, p50 ${quantile(values, 0.5)}, p99 ${quantile(values, 0.99)}, max ${values.at(-1)}`);
  }
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

await main();
