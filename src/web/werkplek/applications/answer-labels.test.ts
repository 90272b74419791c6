import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldOrder, fieldSchema, formatAnswer } from './answer-labels';

const texts = { yes: 'Ja', no: 'Nee', empty: '(leeg)' };

const page = {
  type: 'object',
  properties: {
    gehuwd: { type: 'boolean', title: 'Bent u getrouwd?', oneOf: [{ const: true, title: 'Ja, getrouwd' }, { const: false, title: 'Nee' }] },
    partnerNaam: {},
    soort: { type: 'array', title: 'Soort inkomen', items: { type: 'string', oneOf: [{ const: 'loon', title: 'Loon' }, { const: 'aow', title: 'AOW' }] } },
    geboortedatum: { type: 'string', format: 'date', title: 'Geboortedatum' },
    bedrag: { type: 'number', title: 'Bedrag' },
  },
  allOf: [{ if: { properties: { gehuwd: { const: true } } }, then: { properties: { partnerNaam: { type: 'string', title: 'Naam van uw partner' } } } }],
};

describe('answer labels', () => {
  it('finds titles of conditional fields in their branch', () => {
    expect(fieldLabel(fieldSchema(page, 'partnerNaam'), 'partnerNaam')).toBe('Naam van uw partner');
    expect(fieldLabel(fieldSchema(page, 'onbekend'), 'onbekend')).toBe('onbekend');
  });

  it('shows chosen options by their title, dates and numbers the Dutch way', () => {
    expect(formatAnswer(fieldSchema(page, 'gehuwd'), true, texts)).toBe('Ja, getrouwd');
    expect(formatAnswer(fieldSchema(page, 'soort'), ['loon', 'aow'], texts)).toBe('Loon, AOW');
    expect(formatAnswer(fieldSchema(page, 'geboortedatum'), '1985-06-15', texts)).toBe('15-06-1985');
    expect(formatAnswer(fieldSchema(page, 'bedrag'), 1310.5, texts)).toBe('1310,5');
    expect(formatAnswer(undefined, false, texts)).toBe('Nee');
    expect(formatAnswer(undefined, '', texts)).toBe('(leeg)');
  });

  it('orders fields as the uiSchema does, then the rest', () => {
    const ui = { p: { 'ui:order': ['b', 'a', '*'] } };
    expect(fieldOrder(ui, 'p', { a: 1, c: 3, b: 2 })).toEqual(['b', 'a', 'c']);
    expect(fieldOrder({}, 'p', { a: 1 })).toEqual(['a']);
  });
});
