import { FeelFunction } from 'feelin';
import * as num from '../compiler/decimal-math.js';
import { callFeelin } from './feelin-builtin.js';

/**
 * sum, mean and product in decimal arithmetic, like the engine's + and * (feelin adds binary
 * doubles: sum([10.1, 20.2]) would be 30.299999999999997 — visible in a decision letter).
 * Anything but a list of numbers is left to feelin's implementation and its checks.
 */
function numbers(args: unknown[]): number[] | null {
  const list = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  return list.every((item): item is number => typeof item === 'number') ? list : null;
}

function aggregate(name: string, combine: (values: number[]) => number | null): FeelFunction {
  return new FeelFunction((...args: unknown[]) => {
    const values = numbers(args);
    if (values === null || values.length === 0) return callFeelin(name, args);
    return combine(values);
  }, ['...list']);
}

const fold = (values: number[], op: (a: number, b: number) => number | null): number | null =>
  values.slice(1).reduce<number | null>((acc, value) => (acc === null ? null : op(acc, value)), values[0] ?? null);

export const DECIMAL_AGGREGATES: Record<string, FeelFunction> = {
  sum: aggregate('sum', (values) => fold(values, num.add)),
  product: aggregate('product', (values) => fold(values, num.multiply)),
  mean: aggregate('mean', (values) => {
    const total = fold(values, num.add);
    return total === null ? null : num.divide(total, values.length);
  }),
};
