import type { Ajv } from 'ajv';

type Schema = Record<string, unknown>;
const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/**
 * Answers to questions that no longer apply are left out before validation and when sending.
 * A question that depends on another answer is declared as `{}` in `properties` and defined in an
 * `if`/`then`/`else` branch (or in `dependencies`); it counts only while that branch is active. So a
 * partner BSN typed before answering "no partner" is neither checked nor sent. Unknown keys stay, so
 * validation still refuses them.
 */
export function pruneInactive(ajv: Ajv, schema: unknown, value: unknown): unknown {
  if (!isObject(schema) || !isObject(value)) return value;
  const properties = (isObject(schema.properties) ? schema.properties : {}) as Record<string, unknown>;
  const branches = activeBranches(ajv, schema, value);
  const result: Record<string, unknown> = {};
  for (const [key, answer] of Object.entries(value)) {
    if (!(key in properties)) {
      result[key] = answer;
      continue;
    }
    const base = properties[key];
    const conditional = base === true || (isObject(base) && Object.keys(base).length === 0);
    const fromBranch = branches.map((b) => (isObject(b.properties) ? (b.properties as Record<string, unknown>)[key] : undefined)).find((s) => s !== undefined);
    if (conditional && fromBranch === undefined) continue;
    result[key] = pruneInactive(ajv, conditional ? fromBranch : base, answer);
  }
  return result;
}

function activeBranches(ajv: Ajv, schema: Schema, value: Record<string, unknown>): Schema[] {
  const found: Schema[] = [];
  const conditionals = [schema, ...((Array.isArray(schema.allOf) ? schema.allOf : []) as unknown[])];
  for (const c of conditionals) {
    if (!isObject(c) || !isObject(c.if)) continue;
    const branch = ajv.validate(c.if, value) ? c.then : c.else;
    if (isObject(branch)) found.push(branch, ...activeBranches(ajv, branch, value));
  }
  if (isObject(schema.dependencies)) {
    for (const [key, dependency] of Object.entries(schema.dependencies)) {
      if (key in value && isObject(dependency)) found.push(dependency, ...activeBranches(ajv, dependency, value));
    }
  }
  return found;
}
