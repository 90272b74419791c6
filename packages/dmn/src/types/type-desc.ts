import type { FeelKind } from '../feel/feel-values.js';

export type BuiltinTypeName = Exclude<FeelKind, 'null' | 'list' | 'context' | 'range' | 'function' | 'unknown'>;

/** A resolved typeRef. `label` is the name a modeler wrote (e.g. "tPerson"), used in messages. */
export type TypeDesc =
  | { kind: 'any'; label: string }
  | { kind: 'builtin'; name: BuiltinTypeName; label: string }
  | { kind: 'list'; element: TypeDesc; label: string }
  | { kind: 'context'; entries: ReadonlyArray<{ name: string; type: TypeDesc }> | null; label: string }
  | { kind: 'function'; label: string; result?: TypeDesc }
  | { kind: 'range'; label: string }
  | { kind: 'constrained'; base: TypeDesc; allows: (value: unknown) => boolean; label: string }
  | { kind: 'unknown'; label: string };

export const ANY: TypeDesc = { kind: 'any', label: 'Any' };

const BUILTIN_ALIASES: Record<string, BuiltinTypeName> = {
  number: 'number',
  string: 'string',
  boolean: 'boolean',
  date: 'date',
  time: 'time',
  'date and time': 'date and time',
  dateTime: 'date and time',
  'years and months duration': 'years and months duration',
  yearMonthDuration: 'years and months duration',
  'days and time duration': 'days and time duration',
  dayTimeDuration: 'days and time duration',
};

/** Strips the namespace prefix of DMN 1.1 style QName typeRefs ("feel:string") and FEEL's own "FEEL:". */
export function stripFeelPrefix(typeRef: string): string {
  return typeRef.replace(/^(feel|FEEL):/, '').trim();
}

/** Built-in FEEL type for a typeRef, including generic forms (list<T>, context<…>, range<T>, function<…>). */
export function builtinType(typeRef: string, resolveElement: (ref: string) => TypeDesc): TypeDesc | null {
  const ref = stripFeelPrefix(typeRef);
  const builtin = BUILTIN_ALIASES[ref];
  if (builtin) return { kind: 'builtin', name: builtin, label: ref };
  if (ref === 'Any' || ref === 'any') return ANY;
  if (ref === 'context') return { kind: 'context', entries: null, label: ref };
  if (ref === 'list') return { kind: 'list', element: ANY, label: ref };
  if (ref === 'function' || ref.startsWith('function<')) return { kind: 'function', label: ref };
  if (ref === 'range' || ref.startsWith('range<')) return { kind: 'range', label: ref };
  const list = /^list\s*<(.*)>$/.exec(ref);
  if (list?.[1] !== undefined) return { kind: 'list', element: resolveElement(list[1].trim()), label: ref };
  const context = /^context\s*<(.*)>$/.exec(ref);
  if (context?.[1] !== undefined) {
    const entries = splitTopLevel(context[1]).map((entry) => {
      const colon = entry.indexOf(':');
      return { name: entry.slice(0, colon).trim(), type: resolveElement(entry.slice(colon + 1).trim()) };
    });
    return { kind: 'context', entries, label: ref };
  }
  return null;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '<') depth++;
    if (char === '>') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (current.trim() !== '') parts.push(current);
  return parts;
}
