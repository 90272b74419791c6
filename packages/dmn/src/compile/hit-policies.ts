import { makeMessage, type DmnLocation } from '../errors.js';
import { feelCompare, feelEquals } from '../feel/feel-values.js';
import type { Reporter } from '../feel/compiled-feel.js';

export type HitPolicy = 'UNIQUE' | 'ANY' | 'PRIORITY' | 'FIRST' | 'RULE ORDER' | 'OUTPUT ORDER' | 'COLLECT';
export type Aggregation = 'SUM' | 'COUNT' | 'MIN' | 'MAX' | null;

const ABBREVIATIONS: Record<string, HitPolicy> = {
  U: 'UNIQUE',
  A: 'ANY',
  P: 'PRIORITY',
  F: 'FIRST',
  R: 'RULE ORDER',
  O: 'OUTPUT ORDER',
  C: 'COLLECT',
};

const AGGREGATIONS: Record<string, Aggregation> = { '+': 'SUM', '#': 'COUNT', '<': 'MIN', '>': 'MAX' };

/** Reads the hitPolicy/aggregation attributes, accepting the single-letter forms (U, C+, C#, …) too. */
export function parseHitPolicy(hitPolicy: string | undefined, aggregation: string | undefined): { policy: HitPolicy; aggregation: Aggregation } | null {
  const raw = (hitPolicy ?? 'UNIQUE').trim().toUpperCase();
  let policy: HitPolicy | undefined = (Object.values(ABBREVIATIONS) as string[]).includes(raw) ? (raw as HitPolicy) : ABBREVIATIONS[raw];
  let agg: Aggregation = null;
  const short = /^C\s*([+#<>])$/.exec(raw);
  if (short?.[1]) {
    policy = 'COLLECT';
    agg = AGGREGATIONS[short[1]] ?? null;
  }
  if (!policy) return null;
  if (aggregation) {
    const name = aggregation.trim().toUpperCase();
    if (name === 'SUM' || name === 'COUNT' || name === 'MIN' || name === 'MAX') agg = name;
    else return null;
  }
  return { policy, aggregation: policy === 'COLLECT' ? agg : null };
}

/** A rule that matched, with its evaluated output (single value or context for multi-output tables). */
export interface Hit {
  index: number;
  output: unknown;
  /** Per output column: position of the value in that column's output values (for P and O). */
  priorities: number[];
}

export interface HitResult {
  value: unknown;
  /** The hits that determine the result, for the trace. */
  used: Hit[];
}

function violation(reporter: Reporter, where: DmnLocation, hits: Hit[], text: string): HitResult {
  const rules = hits.map((hit) => hit.index + 1);
  reporter.report(makeMessage('HIT_POLICY_VIOLATION', 'error', text, { ...where, rules }));
  return { value: null, used: [] };
}

function byPriority(a: Hit, b: Hit): number {
  for (let i = 0; i < a.priorities.length; i++) {
    const diff = (a.priorities[i] ?? Infinity) - (b.priorities[i] ?? Infinity);
    if (diff !== 0 && !Number.isNaN(diff)) return diff;
  }
  return a.index - b.index;
}

function aggregate(aggregation: Exclude<Aggregation, null>, hits: Hit[], reporter: Reporter, where: DmnLocation): unknown {
  const values = hits.map((hit) => hit.output).filter((value) => value !== null);
  if (aggregation === 'COUNT') return values.length;
  if (values.length === 0) return null;
  if (aggregation === 'SUM') {
    if (!values.every((value) => typeof value === 'number')) {
      reporter.report(makeMessage('TYPE_MISMATCH', 'error', 'C+ needs numeric outputs', where));
      return null;
    }
    return (values as number[]).reduce((sum, value) => sum + value, 0);
  }
  let best = values[0];
  for (const value of values.slice(1)) {
    const order = feelCompare(value, best);
    if (order === null) {
      reporter.report(makeMessage('TYPE_MISMATCH', 'error', `C${aggregation === 'MIN' ? '<' : '>'} needs comparable outputs`, where));
      return null;
    }
    if (aggregation === 'MIN' ? order < 0 : order > 0) best = value;
  }
  return best;
}

/** Applies a hit policy to the matched rules. Violations are reported and give null, as DMN prescribes. */
export function applyHitPolicy(
  policy: HitPolicy,
  aggregation: Aggregation,
  hits: Hit[],
  reporter: Reporter,
  where: DmnLocation,
): HitResult {
  switch (policy) {
    case 'UNIQUE':
      if (hits.length > 1) {
        return violation(reporter, where, hits, `hit policy UNIQUE, but ${hits.length} rules match`);
      }
      return { value: hits[0]?.output ?? null, used: hits };
    case 'ANY': {
      const first = hits[0];
      if (first && hits.some((hit) => feelEquals(hit.output, first.output) !== true)) {
        return violation(reporter, where, hits, 'hit policy ANY, but the matching rules give different outputs');
      }
      return { value: first?.output ?? null, used: first ? [first] : [] };
    }
    case 'FIRST':
      return { value: hits[0]?.output ?? null, used: hits.slice(0, 1) };
    case 'PRIORITY': {
      const best = [...hits].sort(byPriority)[0];
      return { value: best?.output ?? null, used: best ? [best] : [] };
    }
    case 'RULE ORDER':
      return { value: hits.map((hit) => hit.output), used: hits };
    case 'OUTPUT ORDER': {
      const sorted = [...hits].sort(byPriority);
      return { value: sorted.map((hit) => hit.output), used: sorted };
    }
    case 'COLLECT':
      if (aggregation === null) return { value: hits.map((hit) => hit.output), used: hits };
      return { value: aggregate(aggregation, hits, reporter, where), used: hits };
  }
}
