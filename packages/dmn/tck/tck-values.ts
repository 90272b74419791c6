import { date, dateAndTime, duration, time } from 'feelin';
import { feelEquals, isContext, kindOf } from '../src/feel/feel-values.js';
import { toJson } from '../src/index.js';
import type { TckValue } from './tck-cases.js';

function temporal(value: Extract<TckValue, { kind: 'temporal' }>): unknown {
  switch (value.xsdType) {
    case 'date':
      return date(value.text);
    case 'dateTime':
      return dateAndTime(value.text);
    case 'time':
      return time(value.text);
    case 'duration':
      return duration(value.text);
  }
}

/** The FEEL value a TCK input node stands for. */
export function toFeel(value: TckValue): unknown {
  switch (value.kind) {
    case 'null':
      return null;
    case 'number':
      return Number(value.text);
    case 'string':
    case 'boolean':
      return value.value;
    case 'temporal':
      return temporal(value);
    case 'list':
      return value.items.map(toFeel);
    case 'context':
      return Object.fromEntries(value.entries.map((entry) => [entry.name, toFeel(entry.value)]));
  }
}

export interface Comparison {
  equal: boolean;
  /** Equal only within the tolerance, not as the same double. */
  approximate: boolean;
  detail: string;
}

/**
 * Numbers are equal when they differ by less than 1e-8, the rule of the TCK's own Drools runner
 * (CompareValuesUtil.NUMBER_COMPARISON_PRECISION) behind the published results. Several expected
 * values in the TCK are rounded (e.g. 15 significant digits, or 8 decimals for exp/log), so exact
 * comparison would test the rounding of the test file, not the engine.
 */
const NUMBER_TOLERANCE = 1e-8;

function numbersMatch(actual: number, expectedText: string): 'exact' | 'approximate' | false {
  const expected = Number(expectedText);
  if (actual === expected) return 'exact';
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return false;
  return Math.abs(actual - expected) < NUMBER_TOLERANCE ? 'approximate' : false;
}

function describe(value: unknown): string {
  const json = JSON.stringify(toJson(value));
  return json.length > 120 ? `${json.slice(0, 117)}...` : json;
}

function describeExpected(value: TckValue): string {
  switch (value.kind) {
    case 'null':
      return 'null';
    case 'number':
      return value.text;
    case 'string':
      return JSON.stringify(value.value);
    case 'boolean':
      return String(value.value);
    case 'temporal':
      return `${value.xsdType}(${value.text})`;
    case 'list':
      return `[${value.items.map(describeExpected).join(', ')}]`;
    case 'context':
      return `{${value.entries.map((e) => `${e.name}: ${describeExpected(e.value)}`).join(', ')}}`;
  }
}

/** Compares an engine result with a TCK expected value. */
export function compare(actual: unknown, expected: TckValue): Comparison {
  let approximate = false;
  const walk = (a: unknown, e: TckValue): boolean => {
    switch (e.kind) {
      case 'null':
        return a === null || a === undefined;
      case 'number': {
        if (typeof a !== 'number') return false;
        const match = numbersMatch(a, e.text);
        if (match === 'approximate') approximate = true;
        return match !== false;
      }
      case 'string':
      case 'boolean':
        return a === e.value;
      case 'temporal': {
        const wanted = temporal(e);
        return wanted !== null && kindOf(a) === kindOf(wanted) && feelEquals(a, wanted) === true && zoned(a) === zoned(wanted);
      }
      case 'list':
        return Array.isArray(a) && a.length === e.items.length && e.items.every((item, i) => walk(a[i], item));
      case 'context':
        return (
          isContext(a) &&
          Object.keys(a).length === e.entries.length &&
          e.entries.every((entry) => Object.hasOwn(a, entry.name) && walk(a[entry.name], entry.value))
        );
    }
  };
  const equal = walk(actual, expected);
  return {
    equal,
    approximate: equal && approximate,
    detail: equal ? '' : `expected ${describeExpected(expected)} but got ${describe(actual)}`,
  };
}

function zoned(value: unknown): boolean {
  return value !== null && typeof value === 'object' && 'zone' in value && (value as { zone: unknown }).zone !== null;
}
