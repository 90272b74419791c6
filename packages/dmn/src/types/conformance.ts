import { dateAndTime, FeelDate } from 'feelin';
import { isContext, isFeelFunction, kindOf } from '../feel/feel-values.js';
import type { TypeDesc } from './type-desc.js';

/**
 * Whether a value belongs to a type. `constraints: false` ignores allowed values, which is what
 * FEEL's `instance of` does; typeRef checks on inputs and results use `constraints: true`.
 */
export function conforms(value: unknown, type: TypeDesc, constraints = true): boolean {
  if (value === null || value === undefined) return true; // null is a value of every type
  switch (type.kind) {
    case 'any':
    case 'unknown':
      return true;
    case 'builtin':
      return kindOf(value) === type.name;
    case 'list':
      return Array.isArray(value) && value.every((item) => conforms(item, type.element, constraints));
    case 'context':
      if (!isContext(value)) return false;
      if (type.entries === null) return true;
      // Every declared component must be present (extra entries are allowed: contexts are structural).
      return type.entries.every((entry) => Object.hasOwn(value, entry.name) && conforms(value[entry.name], entry.type, constraints));
    case 'function':
      return isFeelFunction(value);
    case 'range':
      return kindOf(value) === 'range';
    case 'constrained':
      return conforms(value, type.base, constraints) && (!constraints || type.allows(value));
  }
}

/** Strips constraint wrappers to see the structural type (list or not). */
function structural(type: TypeDesc): TypeDesc {
  return type.kind === 'constrained' ? structural(type.base) : type;
}

export type Coercion = { ok: true; value: unknown } | { ok: false; value: null };

/**
 * DMN type conversions applied where a value meets a typeRef (inputs, results, parameters):
 * singleton list ↔ element, date → date and time (UTC midnight); anything else that does not conform
 * becomes null, and the caller reports it.
 */
export function coerce(value: unknown, type: TypeDesc): Coercion {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (conforms(value, type)) return { ok: true, value };
  const shape = structural(type);
  if (shape.kind === 'list' && !Array.isArray(value) && conforms([value], type)) {
    return { ok: true, value: [value] };
  }
  if (shape.kind !== 'list' && Array.isArray(value) && value.length === 1 && conforms(value[0], type)) {
    return { ok: true, value: value[0] };
  }
  if (shape.kind === 'builtin' && shape.name === 'date and time' && value instanceof FeelDate) {
    const converted = dateAndTime(`${value.iso}T00:00:00Z`);
    if (converted && conforms(converted, type)) return { ok: true, value: converted };
  }
  return { ok: false, value: null };
}
