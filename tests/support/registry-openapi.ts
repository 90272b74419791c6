import { dereference, parse } from '@readme/openapi-parser';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// Validates requests and responses of the fake registries against the registries' own OpenAPI
// documents (read from ../shared): @readme/openapi-parser dereferences, ajv validates.
//
// - OpenAPI 3.1 (BRP Personen 2.7) schemas are JSON Schema 2020-12: Ajv2020.
// - OpenAPI 3.0 (KVK Zoeken 2.0, Basisprofiel 1.3) schemas are a JSON Schema draft-04/07 dialect
//   with `nullable`: Ajv (draft-07) after turning `nullable: true` into a "null" type (the current
//   KVK documents happen not to use it) and boolean exclusiveMinimum/Maximum into numbers.
// - `discriminator` without oneOf (how both documents model subtypes) has no JSON Schema meaning:
//   each schema with a discriminator mapping gets a polymorphic twin that also applies the mapped
//   subtype for the discriminator's value (and refuses unmapped values); every $ref outside an allOf
//   points at the twin, so a `verblijfplaats` of type "Adres" is checked as an Adres.
// - Patterns are compiled without the `u` flag: the BRP patterns escape quotes (\'), which
//   unicode regular expressions refuse.

const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv) => Ajv }).default;
type Json = Record<string, unknown>;

export interface OpenApiContract {
  version: string;
  /** Errors of a request body, [] when it is valid. */
  requestBody(path: string, method: string, body: unknown): string[];
  /** Errors of the query and path parameters (as strings, coerced by their schema). */
  parameters(path: string, method: string, values: { query?: Record<string, string>; path?: Record<string, string> }): string[];
  /** Errors of a response body for a status (or the operation's default). */
  response(path: string, method: string, status: number, contentType: string, body: unknown): string[];
  /** The property names a schema (with its allOf parts) declares. */
  propertiesOf(schemaName: string): string[];
}

export async function loadOpenApiContract(file: string): Promise<OpenApiContract> {
  const raw = structuredClone((await parse(file)) as unknown as Json);
  const version = String(raw.openapi);
  addPolymorphicTwins(raw);
  if (version.startsWith('3.0')) convertOas30(raw);
  const doc = (await dereference(raw as never)) as unknown as Json;
  const ajv = version.startsWith('3.1') ? new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false }) : new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv as unknown as Ajv);
  for (const name of ['int32', 'int64', 'float', 'double']) ajv.addFormat(name, true);
  const compiled = new Map<object, ValidateFunction>();
  const check = (schema: object | undefined, data: unknown): string[] => {
    if (!schema) return ['no schema in the OpenAPI document'];
    let validate = compiled.get(schema);
    if (!validate) compiled.set(schema, (validate = ajv.compile(schema)));
    return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
  };
  const operation = (path: string, method: string) => {
    const op = ((doc.paths as Json)[path] as Json | undefined)?.[method.toLowerCase()] as Json | undefined;
    if (!op) throw new Error(`${method} ${path} is not in the OpenAPI document`);
    return op;
  };
  const mediaSchema = (content: Json | undefined, contentType: string) => {
    const wanted = contentType.split(';')[0]!.trim().toLowerCase();
    const entry = Object.entries(content ?? {}).find(([type]) => type.split(';')[0]!.trim().toLowerCase() === wanted);
    return (entry?.[1] as Json | undefined)?.schema as object | undefined;
  };

  // Compiled now rather than on the first request: compiling the BRP document's schemas takes
  // seconds on a busy machine, longer than the client's timeout in the first test.
  for (const item of Object.values(doc.paths as Json) as Json[]) {
    for (const op of Object.values(item) as Json[]) {
      if (!op || typeof op !== 'object' || !op.responses) continue;
      for (const media of [(op.requestBody as Json | undefined)?.content, ...Object.values(op.responses as Json).map((r) => (r as Json).content)] as (Json | undefined)[]) {
        for (const entry of Object.values(media ?? {}) as Json[]) if (entry.schema) check(entry.schema as object, undefined);
      }
    }
  }

  return {
    version,
    requestBody(path, method, body) {
      const content = (operation(path, method).requestBody as Json | undefined)?.content as Json | undefined;
      const first = Object.values(content ?? {})[0] as Json | undefined;
      return check(first?.schema as object | undefined, body);
    },
    parameters(path, method, values) {
      const errors: string[] = [];
      for (const p of (operation(path, method).parameters as Json[] | undefined) ?? []) {
        const where = p.in === 'query' ? values.query : p.in === 'path' ? values.path : undefined;
        if (!where) continue;
        const value = where[p.name as string];
        if (value === undefined) {
          if (p.required) errors.push(`${p.name}: required`);
          continue;
        }
        errors.push(...check(p.schema as object, coerce(value, p.schema as Json)).map((e) => `${p.name}: ${e}`));
      }
      return errors;
    },
    response(path, method, status, contentType, body) {
      const responses = operation(path, method).responses as Json;
      const response = (responses[String(status)] ?? responses.default) as Json | undefined;
      if (!response) return [`status ${status} is not documented`];
      return check(mediaSchema(response.content as Json | undefined, contentType), body);
    },
    propertiesOf(schemaName) {
      const names = new Set<string>();
      const walk = (schema: Json | undefined) => {
        if (!schema) return;
        for (const key of Object.keys((schema.properties as Json | undefined) ?? {})) names.add(key);
        for (const part of (schema.allOf as Json[] | undefined) ?? []) walk(part);
      };
      walk(((doc.components as Json).schemas as Json)[schemaName] as Json);
      return [...names];
    },
  };
}

function coerce(value: string, schema: Json | undefined): unknown {
  if (schema?.type === 'integer' || schema?.type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (schema?.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  if (schema?.type === 'array') return value.split(',');
  return value;
}

function addPolymorphicTwins(doc: Json): void {
  const schemas = (doc.components as Json).schemas as Record<string, Json>;
  const bases = Object.entries(schemas).filter(([, s]) => (s.discriminator as Json | undefined)?.mapping && !s.oneOf && !s.anyOf);
  const twin = (name: string) => `${name}__polymorphic`;
  const baseRefs = new Set(bases.map(([name]) => `#/components/schemas/${name}`));
  rewriteRefs(doc, baseRefs, false);
  for (const [name, schema] of bases) {
    const { propertyName, mapping } = schema.discriminator as { propertyName: string; mapping: Record<string, string> };
    schemas[twin(name)] = {
      allOf: [
        { $ref: `#/components/schemas/${name}` },
        { properties: { [propertyName]: { enum: Object.keys(mapping) } } },
        ...Object.entries(mapping).map(([value, ref]) => ({ if: { properties: { [propertyName]: { const: value } }, required: [propertyName] }, then: { $ref: ref } })),
      ],
    };
  }
}

/** Points every $ref at a discriminator base to its twin, except inside allOf (a subtype's own base). */
function rewriteRefs(node: unknown, baseRefs: Set<string>, inAllOf: boolean): void {
  if (Array.isArray(node)) {
    for (const item of node) rewriteRefs(item, baseRefs, inAllOf);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const object = node as Json;
  if (typeof object.$ref === 'string' && baseRefs.has(object.$ref) && !inAllOf) object.$ref = `${object.$ref}__polymorphic`;
  for (const [key, value] of Object.entries(object)) {
    if (key === 'discriminator') continue;
    if (key === 'allOf' && Array.isArray(value)) for (const item of value) rewriteRefs(item, baseRefs, true);
    else rewriteRefs(value, baseRefs, false);
  }
}

function convertOas30(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(convertOas30);
  if (!node || typeof node !== 'object') return;
  const schema = node as Json;
  if (schema.nullable === true) {
    if (typeof schema.type === 'string') schema.type = [schema.type, 'null'];
    if (Array.isArray(schema.enum)) schema.enum = [...schema.enum, null];
    delete schema.nullable;
  }
  for (const [bound, limit] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (schema[bound] === true) {
      schema[bound] = schema[limit];
      delete schema[limit];
    } else if (schema[bound] === false) delete schema[bound];
  }
  Object.values(schema).forEach(convertOas30);
}
