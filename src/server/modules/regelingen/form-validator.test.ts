import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minimalVersion } from './content-fixture.test-helper.js';
import { compileForm, createAjv } from './form-validator.js';
import { versionContent } from './regeling-content.schema.js';

const form = compileForm(createAjv(), versionContent.parse(minimalVersion));
const valid = { aanvrager: { email: 'a@voorbeeld.nl', iban: 'NL91ABNA0417164300', heeftPartner: false } };

describe('compiled form', () => {
  it('accepts valid data and shows a page only when its condition holds', () => {
    expect(form.validateAll(valid)).toEqual([]);
    expect(form.visiblePages(valid)).toEqual(['aanvrager']);
    expect(form.visiblePages({ aanvrager: { ...valid.aanvrager, heeftPartner: true } })).toEqual(['aanvrager', 'partner']);
  });

  it('requires the answers of a page that applies, and drops the answers of one that does not', () => {
    const withPartner = { aanvrager: { ...valid.aanvrager, heeftPartner: true } };
    expect(form.validateAll(withPartner).map((e) => e.name)).toEqual(['partner.bsn']);
    expect(form.withoutHiddenPages({ ...valid, partner: { bsn: '123' } })).toEqual(valid);
  });

  it('gives field-level messages in Dutch and English for formats, negative amounts and unknown fields', () => {
    const errors = form.validatePage('aanvrager', { aanvrager: { email: 'geen-email', iban: 'NL00ABNA0000000000', heeftPartner: false, bedrag: -5, hack: 1 } });
    const byName = Object.fromEntries(errors.map((e) => [e.name, e]));
    expect(byName['aanvrager.email']!.message.nl).toMatch(/e-mailadres/);
    expect(byName['aanvrager.iban']!.message.en).toMatch(/IBAN/);
    expect(byName['aanvrager.bedrag']!.code).toBe('form.minimum');
    expect(byName['aanvrager.hack']!.code).toBe('form.additionalProperties');
  });

  it('applies the elfproef to BSN fields', () => {
    const partner = (bsn: string) => form.validatePage('partner', { partner: { bsn } });
    expect(partner('999993653')).toEqual([]);
    expect(partner('999900007')[0]!.message.nl).toMatch(/burgerservicenummer/);
  });

  it('never throws on arbitrary input and always names a field for each error', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (data) => {
        for (const error of form.validateAll(data as Record<string, unknown>)) expect(error.name.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('questions that depend on another answer', () => {
  const content = versionContent.parse({
    ...minimalVersion,
    schema: {
      ...minimalVersion.schema,
      properties: {
        ...minimalVersion.schema.properties,
        partner: {
          type: 'object',
          title: 'Uw partner',
          additionalProperties: false,
          required: ['samen'],
          properties: { samen: { type: 'boolean', title: 'Samen?' }, bsn: {} },
          if: { properties: { samen: { const: true } }, required: ['samen'] },
          then: { required: ['bsn'], properties: { bsn: { type: 'string', format: 'bsn', title: 'BSN' } } },
        },
      },
    },
    en: { ...minimalVersion.en, schema: { ...minimalVersion.en.schema, '/properties/partner/properties/samen/title': 'Together?', '/properties/partner/then/properties/bsn/title': 'BSN' } },
  });
  const conditional = compileForm(createAjv(), content);
  const withPartner = (partner: Record<string, unknown>) => ({ aanvrager: { ...valid.aanvrager, heeftPartner: true }, partner });

  it('checks the dependent answer while it applies', () => {
    expect(conditional.validatePage('partner', withPartner({ samen: true, bsn: '123' })).map((e) => e.name)).toEqual(['partner.bsn']);
  });

  it('neither checks nor sends it once it no longer applies', () => {
    expect(conditional.validatePage('partner', withPartner({ samen: false, bsn: '123' }))).toEqual([]);
    expect(conditional.withoutHiddenPages(withPartner({ samen: false, bsn: '123' })).partner).toEqual({ samen: false });
  });

  it('still refuses a key that the schema does not know', () => {
    expect(conditional.validatePage('partner', withPartner({ samen: false, hack: 1 })).map((e) => e.code)).toEqual(['form.additionalProperties']);
  });
});
