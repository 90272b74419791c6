import { FeelFunction, FeelRange } from 'feelin';
import { isContext } from './feel-values.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Converts a FEEL value to plain JSON for traces and API responses: temporal values become their
 * ISO-8601 text, ranges their FEEL notation and functions a short description. Lossy on purpose —
 * a trace must stay small and storable, it is not a way to pass values back into the engine.
 */
export function toJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'function':
      return 'function';
    default:
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (value instanceof FeelRange) {
    const start = value.start === null ? '' : String(toJson(value.start));
    const end = value.end === null ? '' : String(toJson(value.end));
    return `${value['start included'] ? '[' : '('}${start}..${end}${value['end included'] ? ']' : ')'}`;
  }
  if (value instanceof FeelFunction) return `function(${value.parameterNames.join(', ')})`;
  if (isContext(value)) {
    const out: { [key: string]: JsonValue } = {};
    for (const [key, entry] of Object.entries(value)) out[key] = toJson(entry);
    return out;
  }
  return String(value);
}
