// JSON Schema draft-07 validation by interpretation, for the browser. ajv (the server's validator)
// compiles schemas to JavaScript with `new Function`, which our Content Security Policy forbids in
// the browser (script-src 'self', no 'unsafe-eval'). This walks the schema instead and reports
// errors in ajv's shape (keyword, instancePath, schemaPath, params), so the shared B1 messages and
// rjsf's error processing apply unchanged. schema-check.test.ts compares it with ajv on the shipped
// forms; see docs/decisions/0007-regelingen-as-content.md.

export type Schema = boolean | { [keyword: string]: unknown };

export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message: string;
  /** The schema object holding the keyword (rjsf reads titles from it). */
  parentSchema?: Record<string, unknown>;
}

export interface CheckOptions {
  /** Format name → check, for strings only (as ajv does). Unknown formats pass, as with ajv's strict: false. */
  formats: Record<string, (value: string) => boolean>;
  /** The schema `$ref`s resolve against (by JSON pointer, e.g. "#/definitions/x"). */
  root?: Schema;
  /** Same tolerance as the server's ajv (multipleOfPrecision: 6): 0.1 + 0.2 is a multiple of 0.01. */
  multipleOfPrecision?: number;
}

interface Context extends CheckOptions {
  root: Schema;
  errors: SchemaError[];
}

/** All errors of `data` against `schema`; an empty list means valid. */
export function checkSchema(schema: Schema, data: unknown, options: CheckOptions): SchemaError[] {
  const ctx: Context = { ...options, root: options.root ?? schema, errors: [] };
  validate(ctx, schema, data, '', '#');
  return ctx.errors;
}

export function isValidAgainst(schema: Schema, data: unknown, options: CheckOptions): boolean {
  return checkSchema(schema, data, options).length === 0;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isFinite(value) && value % 1 === 0;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeOf(value) === type;
  }
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

function resolveRef(ctx: Context, ref: string): Schema {
  if (!ref.startsWith('#')) throw new Error(`Only local $refs are supported: ${ref}`);
  let node: unknown = ctx.root;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) || Array.isArray(node) ? (node as Obj)[segment] : undefined;
  }
  if (typeof node !== 'boolean' && !isObject(node)) throw new Error(`Cannot resolve $ref ${ref}`);
  return node;
}

/** Runs a sub-schema in isolation: its errors are returned, not recorded. */
function trial(ctx: Context, schema: Schema, data: unknown, path: string, schemaPath: string): SchemaError[] {
  const sub: Context = { ...ctx, errors: [] };
  validate(sub, schema, data, path, schemaPath);
  return sub.errors;
}

function fail(ctx: Context, schema: Obj, keyword: string, path: string, schemaPath: string, params: Record<string, unknown>, message: string): void {
  ctx.errors.push({ keyword, instancePath: path, schemaPath: `${schemaPath}/${keyword}`, params, message, parentSchema: schema });
}

function validate(ctx: Context, schema: Schema, data: unknown, path: string, sp: string): void {
  if (schema === true) return;
  if (schema === false) {
    ctx.errors.push({ keyword: 'false schema', instancePath: path, schemaPath: sp, params: {}, message: 'boolean schema is false' });
    return;
  }
  const s = schema;
  // In draft-07 a $ref replaces the schema it stands in.
  if (typeof s.$ref === 'string') {
    validate(ctx, resolveRef(ctx, s.$ref), data, path, `${sp}/$ref`);
    return;
  }
  generic(ctx, s, data, path, sp);
  if (typeof data === 'number') numeric(ctx, s, data, path, sp);
  if (typeof data === 'string') text(ctx, s, data, path, sp);
  if (Array.isArray(data)) array(ctx, s, data, path, sp);
  if (isObject(data)) object(ctx, s, data, path, sp);
}

function generic(ctx: Context, s: Obj, data: unknown, path: string, sp: string): void {
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => hasType(data, t))) fail(ctx, s, 'type', path, sp, { type: s.type }, `must be ${types.join(',')}`);
  }
  if ('const' in s && !deepEqual(data, s.const)) fail(ctx, s, 'const', path, sp, { allowedValue: s.const }, 'must be equal to constant');
  if (Array.isArray(s.enum) && !s.enum.some((v) => deepEqual(v, data))) fail(ctx, s, 'enum', path, sp, { allowedValues: s.enum }, 'must be equal to one of the allowed values');
  if (s.not !== undefined && trial(ctx, s.not as Schema, data, path, `${sp}/not`).length === 0) fail(ctx, s, 'not', path, sp, {}, 'must NOT be valid');
  if (Array.isArray(s.allOf)) s.allOf.forEach((sub, i) => validate(ctx, sub as Schema, data, path, `${sp}/allOf/${i}`));
  if (Array.isArray(s.anyOf)) {
    const results = s.anyOf.map((sub, i) => trial(ctx, sub as Schema, data, path, `${sp}/anyOf/${i}`));
    if (!results.some((r) => r.length === 0)) {
      ctx.errors.push(...results.flat());
      fail(ctx, s, 'anyOf', path, sp, {}, 'must match a schema in anyOf');
    }
  }
  if (Array.isArray(s.oneOf)) {
    const results = s.oneOf.map((sub, i) => trial(ctx, sub as Schema, data, path, `${sp}/oneOf/${i}`));
    const passing = results.flatMap((r, i) => (r.length === 0 ? [i] : []));
    if (passing.length !== 1) {
      if (passing.length === 0) ctx.errors.push(...results.flat());
      fail(ctx, s, 'oneOf', path, sp, { passingSchemas: passing.length ? passing : null }, 'must match exactly one schema in oneOf');
    }
  }
  if (s.if !== undefined) {
    const matches = trial(ctx, s.if as Schema, data, path, `${sp}/if`).length === 0;
    const branch = matches ? 'then' : 'else';
    if (s[branch] !== undefined) {
      const errors = trial(ctx, s[branch] as Schema, data, path, `${sp}/${branch}`);
      if (errors.length) {
        ctx.errors.push(...errors);
        fail(ctx, s, 'if', path, sp, { failingKeyword: branch }, `must match "${branch}" schema`);
      }
    }
  }
}

function numeric(ctx: Context, s: Obj, data: number, path: string, sp: string): void {
  const limit = (keyword: string, ok: (limit: number) => boolean, comparison: string) => {
    const value = s[keyword];
    if (typeof value === 'number' && !ok(value)) fail(ctx, s, keyword, path, sp, { comparison, limit: value }, `must be ${comparison} ${value}`);
  };
  limit('maximum', (l) => data <= l, '<=');
  limit('minimum', (l) => data >= l, '>=');
  limit('exclusiveMaximum', (l) => data < l, '<');
  limit('exclusiveMinimum', (l) => data > l, '>');
  if (typeof s.multipleOf === 'number') {
    const quotient = data / s.multipleOf;
    const precision = ctx.multipleOfPrecision;
    const off = precision === undefined ? quotient % 1 !== 0 : Math.abs(Math.round(quotient) - quotient) > 10 ** -precision;
    if (off) fail(ctx, s, 'multipleOf', path, sp, { multipleOf: s.multipleOf }, `must be multiple of ${s.multipleOf}`);
  }
}

function text(ctx: Context, s: Obj, data: string, path: string, sp: string): void {
  // Characters, not UTF-16 units, as ajv counts them.
  const length = [...data].length;
  if (typeof s.maxLength === 'number' && length > s.maxLength) fail(ctx, s, 'maxLength', path, sp, { limit: s.maxLength }, `must NOT have more than ${s.maxLength} characters`);
  if (typeof s.minLength === 'number' && length < s.minLength) fail(ctx, s, 'minLength', path, sp, { limit: s.minLength }, `must NOT have fewer than ${s.minLength} characters`);
  if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(data)) fail(ctx, s, 'pattern', path, sp, { pattern: s.pattern }, `must match pattern "${s.pattern}"`);
  if (typeof s.format === 'string') {
    const check = ctx.formats[s.format];
    if (check && !check(data)) fail(ctx, s, 'format', path, sp, { format: s.format }, `must match format "${s.format}"`);
  }
}

function array(ctx: Context, s: Obj, data: unknown[], path: string, sp: string): void {
  if (typeof s.maxItems === 'number' && data.length > s.maxItems) fail(ctx, s, 'maxItems', path, sp, { limit: s.maxItems }, `must NOT have more than ${s.maxItems} items`);
  if (typeof s.minItems === 'number' && data.length < s.minItems) fail(ctx, s, 'minItems', path, sp, { limit: s.minItems }, `must NOT have fewer than ${s.minItems} items`);
  if (Array.isArray(s.items)) {
    const tuple = s.items as Schema[];
    data.forEach((item, i) => {
      if (i < tuple.length) validate(ctx, tuple[i]!, item, `${path}/${i}`, `${sp}/items/${i}`);
      else if (s.additionalItems === false) fail(ctx, s, 'additionalItems', path, sp, { limit: tuple.length }, `must NOT have more than ${tuple.length} items`);
      else if (s.additionalItems !== undefined) validate(ctx, s.additionalItems as Schema, item, `${path}/${i}`, `${sp}/additionalItems`);
    });
  } else if (s.items !== undefined) {
    data.forEach((item, i) => validate(ctx, s.items as Schema, item, `${path}/${i}`, `${sp}/items`));
  }
  if (s.uniqueItems === true) {
    for (let j = 1; j < data.length; j++) {
      const i = data.slice(0, j).findIndex((other) => deepEqual(other, data[j]));
      if (i >= 0) {
        fail(ctx, s, 'uniqueItems', path, sp, { i: j, j: i }, `must NOT have duplicate items (items ## ${i} and ${j} are identical)`);
        break;
      }
    }
  }
  if (s.contains !== undefined) {
    const results = data.map((item, i) => trial(ctx, s.contains as Schema, item, `${path}/${i}`, `${sp}/contains`));
    if (!results.some((r) => r.length === 0)) {
      ctx.errors.push(...results.flat());
      fail(ctx, s, 'contains', path, sp, { minContains: 1 }, 'must contain at least 1 valid item(s)');
    }
  }
}

function object(ctx: Context, s: Obj, data: Obj, path: string, sp: string): void {
  const keys = Object.keys(data);
  if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) fail(ctx, s, 'maxProperties', path, sp, { limit: s.maxProperties }, `must NOT have more than ${s.maxProperties} properties`);
  if (typeof s.minProperties === 'number' && keys.length < s.minProperties) fail(ctx, s, 'minProperties', path, sp, { limit: s.minProperties }, `must NOT have fewer than ${s.minProperties} properties`);
  if (Array.isArray(s.required)) {
    for (const name of s.required as string[]) {
      if (data[name] === undefined) fail(ctx, s, 'required', path, sp, { missingProperty: name }, `must have required property '${name}'`);
    }
  }
  if (isObject(s.dependencies)) {
    for (const [name, dependency] of Object.entries(s.dependencies)) {
      if (data[name] === undefined) continue;
      if (Array.isArray(dependency)) {
        const missing = (dependency as string[]).filter((d) => data[d] === undefined);
        for (const m of missing) {
          fail(ctx, s, 'dependencies', path, sp, { property: name, missingProperty: m, depsCount: dependency.length, deps: dependency.join(', ') }, `must have property ${m} when property ${name} is present`);
        }
      } else {
        validate(ctx, dependency as Schema, data, path, `${sp}/dependencies/${escape(name)}`);
      }
    }
  }
  if (s.propertyNames !== undefined) {
    for (const key of keys) {
      const errors = trial(ctx, s.propertyNames as Schema, key, path, `${sp}/propertyNames`);
      if (!errors.length) continue;
      ctx.errors.push(...errors);
      fail(ctx, s, 'propertyNames', path, sp, { propertyName: key }, 'property name must be valid');
    }
  }
  const properties = isObject(s.properties) ? s.properties : {};
  const patterns = isObject(s.patternProperties) ? Object.entries(s.patternProperties).map(([p, sub]) => [new RegExp(p, 'u'), p, sub] as const) : [];
  for (const key of keys) {
    const value = data[key];
    const childPath = `${path}/${escape(key)}`;
    let matched = false;
    if (Object.hasOwn(properties, key)) {
      matched = true;
      // As ajv: a declared property that is undefined (rjsf's cleared field) counts as absent.
      if (value !== undefined) validate(ctx, properties[key] as Schema, value, childPath, `${sp}/properties/${escape(key)}`);
    }
    for (const [regexp, source, sub] of patterns) {
      if (!regexp.test(key)) continue;
      matched = true;
      validate(ctx, sub as Schema, value, childPath, `${sp}/patternProperties/${escape(source)}`);
    }
    if (matched || s.additionalProperties === undefined || s.additionalProperties === true) continue;
    if (s.additionalProperties === false) fail(ctx, s, 'additionalProperties', path, sp, { additionalProperty: key }, 'must NOT have additional properties');
    else validate(ctx, s.additionalProperties as Schema, value, childPath, `${sp}/additionalProperties`);
  }
}
