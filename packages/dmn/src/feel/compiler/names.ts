import { evaluate, FeelFunction } from 'feelin';
import { normalizeContextKey } from 'lezer-feel';
import { EXTRA_BUILTINS } from '../builtins/extra-builtins.js';
import { isContext } from '../feel-values.js';

/**
 * Name resolution as feelin does it: an exact key first, then keys compared after FEEL's name
 * normalisation (so `Mike's daughter` finds "Mike ' s daughter"). Returns undefined when absent.
 */
export function lookup(scope: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(scope, name)) return scope[name];
  const normalised = normalisedName(name);
  if (Object.hasOwn(scope, normalised)) return scope[normalised];
  for (const key in scope) {
    if (Object.hasOwn(scope, key) && normalisedName(key) === normalised) return scope[key];
  }
  return undefined;
}

// Names repeat across evaluations (every built-in call misses the scope and scans it), so the
// normalisation of each key is remembered; bounded, since keys can come from data.
const normalisedNames = new Map<string, string>();
function normalisedName(name: string): string {
  let found = normalisedNames.get(name);
  if (found === undefined) {
    found = normalizeContextKey(name);
    if (normalisedNames.size > 10_000) normalisedNames.clear();
    normalisedNames.set(name, found);
  }
  return found;
}

/** FEEL path step `value.key`: context entries, or properties of dates, durations and ranges. */
export function property(value: unknown, key: string): unknown {
  if (value === null || value === undefined) return undefined;
  if (isContext(value)) return lookup(value, key);
  if (typeof value !== 'object') return undefined;
  if (Object.hasOwn(value, key)) return (value as Record<string, unknown>)[key];
  for (let proto: object | null = Object.getPrototypeOf(value); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    if (descriptor) return typeof descriptor.get === 'function' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return undefined;
}

const builtins = new Map<string, FeelFunction | null>();

/**
 * A FEEL built-in function as a value, taken from feelin (the name evaluated in an empty context)
 * and wrapped with its declared parameter names so named arguments work.
 */
export function builtin(name: string): FeelFunction | null {
  const extra = EXTRA_BUILTINS[name];
  if (extra) return extra;
  const known = builtins.get(name);
  if (known !== undefined) return known;
  let found: FeelFunction | null = null;
  try {
    const { value, warnings } = evaluate(name, {});
    if (warnings.length === 0 && typeof value === 'function') {
      const params = (value as { $args?: string[] }).$args ?? [];
      found = new FeelFunction(value as (...args: unknown[]) => unknown, params);
    } else if (value instanceof FeelFunction) {
      found = value;
    }
  } catch {
    found = null; // not a name feelin can parse on its own, so not a built-in
  }
  builtins.set(name, found);
  return found;
}
