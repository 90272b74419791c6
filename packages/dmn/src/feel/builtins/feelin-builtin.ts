import { evaluate } from 'feelin';

type RawBuiltin = ((...args: unknown[]) => unknown) & { $args?: string[] };

const cache = new Map<string, RawBuiltin | null>();

/** feelin's own implementation of a built-in, for overrides that only add a check in front of it. */
export function feelinBuiltin(name: string): RawBuiltin | null {
  const known = cache.get(name);
  if (known !== undefined) return known;
  let found: RawBuiltin | null = null;
  try {
    const { value, warnings } = evaluate(name, {});
    if (warnings.length === 0 && typeof value === 'function') found = value as RawBuiltin;
  } catch {
    found = null; // not parseable as a bare name: not a built-in
  }
  cache.set(name, found);
  return found;
}

/** Calls feelin's built-in; an invocation failure or exception becomes null. */
export function callFeelin(name: string, args: unknown[]): unknown {
  const fn = feelinBuiltin(name);
  if (!fn) return null;
  try {
    const result = fn(...args);
    if (result !== null && typeof result === 'object' && 'template' in result && 'warning' in result) return null;
    return result ?? null;
  } catch {
    return null; // feelin throws for a few inputs it does not support (negative years); FEEL says null
  }
}
