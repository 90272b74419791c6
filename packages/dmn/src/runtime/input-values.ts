import { date, dateAndTime, duration, time, toFeel } from 'feelin';
import { isContext } from '../feel/feel-values.js';
import type { TypeDesc } from '../types/type-desc.js';

/**
 * Turns caller input (typically parsed JSON) into FEEL values, guided by the input's type: ISO strings
 * become dates, times and durations where the typeRef asks for them; JS Date and Temporal values become
 * FEEL temporals. Anything else is passed on unchanged and type-checked afterwards.
 */
export function toFeelInput(value: unknown, type: TypeDesc): unknown {
  if (value === undefined || value === null) return null;
  switch (type.kind) {
    case 'constrained':
      return toFeelInput(value, type.base);
    case 'list':
      return Array.isArray(value) ? value.map((item) => toFeelInput(item, type.element)) : toFeelInput(value, type.element);
    case 'context': {
      if (!isContext(value)) return toFeel(value);
      const entries = type.entries;
      const out: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(value)) {
        const entryType = entries?.find((e) => e.name === key)?.type;
        out[key] = entryType ? toFeelInput(entry, entryType) : plain(entry);
      }
      return out;
    }
    case 'builtin':
      if (typeof value === 'string') return parseTemporal(value, type.name) ?? value;
      return toFeel(value);
    default:
      return plain(value);
  }
}

function parseTemporal(text: string, name: string): unknown {
  switch (name) {
    case 'date':
      return date(text);
    case 'date and time':
      return dateAndTime(text);
    case 'time':
      return time(text);
    case 'years and months duration':
    case 'days and time duration':
      return duration(text);
    default:
      return null;
  }
}

function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (isContext(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return toFeel(value);
}
