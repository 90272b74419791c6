import { cpus, availableParallelism } from 'node:os';
import { loadDmn, type DmnModel } from '../src/index.js';
import { eligibilityDmn } from './eligibility-dmn.js';
import { decideWithEngine, eligibilityEngine } from './eligibility-jre.js';
import { applicants, eligibilityRules } from './eligibility-rules.js';
import { exposeGc, measureAsync, measureSync, type Throughput } from './measure.js';

/**
 * `npm run bench:rules`: evaluates a 50-rule, 6-input eligibility table with the DMN engine and the
 * same rules with json-rules-engine, on one core, and prints evaluations/s, p50/p99 latency, the
 * ratio and the memory of a compiled model.
 */
const EVALUATIONS = Number(process.env.BENCH_EVALUATIONS ?? 200_000);
const JRE_EVALUATIONS = Number(process.env.BENCH_JRE_EVALUATIONS ?? 5_000);
const MODELS_FOR_MEMORY = 20;

const rules = eligibilityRules();
const cases = applicants(10_000);
const inputs = cases.map((a) => ({
  Leeftijd: a.leeftijd,
  Leefsituatie: a.leefsituatie,
  Inkomen: a.inkomen,
  KvK: a.kvk,
  Uren: a.uren,
  Gemeente: a.gemeente,
}));
const pick = <T>(list: T[], i: number): T => list[i % list.length] as T;

const compileStart = performance.now();
const model = await loadDmn(eligibilityDmn(rules), { strict: true });
const compileMs = performance.now() - compileStart;
const engine = eligibilityEngine(rules);

// Same answers from both engines, or the comparison means nothing.
let eligible = 0;
for (let i = 0; i < 2_000; i++) {
  const dmn = model.evaluate('Regeling', pick(inputs, i), { trace: false }).value as { regeling: string; bedrag: number } | null;
  const jre = await decideWithEngine(engine, pick(cases, i));
  if (JSON.stringify(dmn) !== JSON.stringify(jre)) {
    throw new Error(`engines disagree on case ${i}: dmn ${JSON.stringify(dmn)} jre ${JSON.stringify(jre)}`);
  }
  if (dmn?.regeling !== 'geen') eligible++;
}

const withTrace = measureSync(EVALUATIONS, (i) => model.evaluate('Regeling', pick(inputs, i)));
const withoutTrace = measureSync(EVALUATIONS, (i) => model.evaluate('Regeling', pick(inputs, i), { trace: false }));
const jre = await measureAsync(JRE_EVALUATIONS, (i) => decideWithEngine(engine, pick(cases, i)));

const gc = exposeGc();
gc();
const before = process.memoryUsage().heapUsed;
const kept: DmnModel[] = [];
for (let i = 0; i < MODELS_FOR_MEMORY; i++) kept.push(await loadDmn(eligibilityDmn(rules, `https://eenloket.nl/dmn/bench/${i}`)));
gc();
const perModelKb = (process.memoryUsage().heapUsed - before) / MODELS_FOR_MEMORY / 1024;

const traceBytes = JSON.stringify(model.evaluate('Regeling', pick(inputs, 0)).trace).length;
const row = (label: string, t: Throughput): string =>
  `${label.padEnd(34)} ${Math.round(t.perSecond).toLocaleString('en-US').padStart(10)} evals/s   p50 ${t.p50Micros.toFixed(1).padStart(6)} µs   p99 ${t.p99Micros.toFixed(1).padStart(6)} µs`;

console.log(`machine: ${availableParallelism()} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}`);
console.log(`table: ${rules.length} rules x 6 inputs, hit policy UNIQUE, ${cases.length} applicants (${((eligible / 2000) * 100).toFixed(0)}% eligible); both engines agree on 2,000 cases`);
console.log(`compile: ${compileMs.toFixed(1)} ms (first model, includes XML parsing); memory per compiled model: ${perModelKb.toFixed(0)} KiB (${MODELS_FOR_MEMORY} models kept)`);
console.log(row('@eenloket/dmn (with trace)', withTrace));
console.log(row('@eenloket/dmn (trace off)', withoutTrace));
console.log(row('json-rules-engine 7', jre));
console.log(`trace size per evaluation: ${traceBytes} bytes of JSON`);
console.log(`ratio dmn/json-rules-engine: ${(withTrace.perSecond / jre.perSecond).toFixed(1)}x (with trace), ${(withoutTrace.perSecond / jre.perSecond).toFixed(1)}x (trace off)`);
console.log(`target >= 50,000 evals/s with trace: ${withTrace.perSecond >= 50_000 ? 'met' : 'NOT met'}; faster than json-rules-engine: ${withTrace.perSecond > jre.perSecond ? 'yes' : 'no'}`);
