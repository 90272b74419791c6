import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import energietoeslag from '../../../../regelingen/energietoeslag/versions/1/form.schema.json';
import energietoeslagMeta from '../../../../regelingen/energietoeslag/versions/1/version.json';
import tozo1 from '../../../../regelingen/tozo/versions/1/form.schema.json';
import tozo2 from '../../../../regelingen/tozo/versions/2/form.schema.json';
import tozo2Meta from '../../../../regelingen/tozo/versions/2/version.json';
import wmo from '../../../../regelingen/wmo-hulpmiddel/versions/1/form.schema.json';
import { customFormats } from '../../../shared/forms/formats';
import { formOptions } from './regeling-validator';
import { checkSchema, type Schema } from './schema-check';

// The browser's interpreter must agree with the server's ajv (set up as createAjv in
// src/server/modules/regelingen/form-validator.ts) on every shipped form: same verdict, same errors.

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false, useDefaults: false, multipleOfPrecision: 6 });
addFormats(ajv, ['date', 'email', 'uri']);
for (const [name, check] of Object.entries(customFormats)) ajv.addFormat(name, { type: 'string', validate: check });

// Which duplicate pair uniqueItems names depends on ajv's loop; no message uses it.
const key = (e: { instancePath: string; keyword: string; params: Record<string, unknown> }) => `${e.instancePath} ${e.keyword} ${e.keyword === 'uniqueItems' ? '' : JSON.stringify(e.params)}`;

function compare(schema: Schema, data: unknown) {
  const validate = ajv.compile(schema as object);
  validate(data);
  const expected = ((validate.errors ?? []) as ErrorObject[]).map(key).sort();
  const actual = checkSchema(schema, data, formOptions).map(key).sort();
  expect(actual, JSON.stringify(data)).toEqual(expected);
}

// Values that hit the keywords of the forms: types, formats, limits, options, months, amounts.
const values = fc.constantFrom<unknown>(
  undefined,
  true,
  false,
  0,
  3,
  -1,
  12.5,
  0.015,
  1369.06,
  21,
  '',
  'x',
  'ja',
  'anders',
  'email',
  '2020-06',
  '2019-05-01',
  '2099-01-01',
  '2021-02-30',
  'anna@voorbeeld.nl',
  'geen-email',
  'NL91ABNA0417164300',
  'NL91 ABNA 0417 1643 00',
  '111222333',
  '123456789',
  '12345678',
  '1234AB',
  '06 12345678',
  ['2020-06', '2020-07'],
  ['2020-06', '2020-06'],
  [],
  ['loon'],
  ['ochtend', 'middag'],
  ['onbekend'],
  null,
);

function pageData(schema: Record<string, unknown>) {
  const names = Object.keys((schema.properties ?? {}) as object);
  return fc.record(Object.fromEntries(names.map((n) => [n, values])), { requiredKeys: [] });
}

const forms = { energietoeslag, tozo1, tozo2, wmo } as Record<string, { properties: Record<string, Record<string, unknown>> }>;

describe('schema-check agrees with ajv', () => {
  for (const [name, form] of Object.entries(forms)) {
    for (const [page, schema] of Object.entries(form.properties)) {
      it(`${name} / ${page}`, () => {
        fc.assert(fc.property(pageData(schema), (data) => compare(schema as Schema, data)), { numRuns: 300 });
      });
    }
  }

  it('on page and evidence conditions', () => {
    const conditions: unknown[] = [...tozo2Meta.pages, ...energietoeslagMeta.pages].flatMap((p) => ('when' in p && p.when ? [p.when] : []));
    conditions.push(...[...tozo2Meta.evidence, ...energietoeslagMeta.evidence].flatMap((e) => (typeof e.required === 'object' ? [e.required] : [])));
    const household = fc.record({ gehuwd: fc.boolean(), samenwonend: fc.boolean() }, { requiredKeys: [] });
    const data = fc.record({ huishouden: household, inkomen: fc.record({ anderInkomen: fc.boolean() }), inkomenPartner: fc.record({ partnerHeeftInkomen: fc.boolean() }) }, { requiredKeys: [] });
    for (const condition of conditions) fc.assert(fc.property(data, (d) => compare(condition as Schema, d)), { numRuns: 100 });
  });

  it('on the other keywords of draft-07', () => {
    const schema = {
      definitions: { positive: { type: 'number', exclusiveMinimum: 0 } },
      type: 'object',
      properties: { a: { $ref: '#/definitions/positive' }, b: { type: ['string', 'null'], pattern: '^[a-z]+$', maxLength: 3 }, c: { type: 'array', items: [{ type: 'string' }], additionalItems: false, contains: { const: 'x' } } },
      patternProperties: { '^x-': { type: 'integer' } },
      additionalProperties: { type: 'boolean' },
      dependencies: { a: ['b'], b: { required: ['c'] } },
      propertyNames: { maxLength: 5 },
      minProperties: 1,
      maxProperties: 3,
      not: { required: ['forbidden'] },
    };
    const data = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'x-1', 'other', 'forbidden', 'longname'), fc.oneof(values, fc.constantFrom(['x'], ['x', 'y'], [1], 'abcd', 'abc', 2)), { maxKeys: 5 });
    fc.assert(fc.property(data, (d) => compare(schema, d)), { numRuns: 500 });
  });
});
