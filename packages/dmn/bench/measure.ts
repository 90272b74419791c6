import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Throughput {
  perSecond: number;
  p50Micros: number;
  p99Micros: number;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** Evaluations per second over a timed loop, then per-call latency percentiles from a second loop. */
export function measureSync(count: number, run: (i: number) => void): Throughput {
  for (let i = 0; i < Math.min(count, 20_000); i++) run(i); // warm-up: let V8 optimise the hot paths
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) run(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const samples = new Float64Array(Math.min(count, 100_000));
  for (let i = 0; i < samples.length; i++) {
    const t = process.hrtime.bigint();
    run(i);
    samples[i] = Number(process.hrtime.bigint() - t) / 1000;
  }
  samples.sort();
  return { perSecond: count / seconds, p50Micros: percentile(samples, 0.5), p99Micros: percentile(samples, 0.99) };
}

export async function measureAsync(count: number, run: (i: number) => Promise<unknown>): Promise<Throughput> {
  for (let i = 0; i < Math.min(count, 2_000); i++) await run(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await run(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const samples = new Float64Array(Math.min(count, 5_000));
  for (let i = 0; i < samples.length; i++) {
    const t = process.hrtime.bigint();
    await run(i);
    samples[i] = Number(process.hrtime.bigint() - t) / 1000;
  }
  samples.sort();
  return { perSecond: count / seconds, p50Micros: percentile(samples, 0.5), p99Micros: percentile(samples, 0.99) };
}

/** A callable gc() without restarting node with --expose-gc, for the memory figure. */
export function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
