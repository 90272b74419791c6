import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { modelValueEn } from '../i18n/model-value-en';
import { modelValueNl } from '../i18n/model-value-nl';
import { formatModelValue } from './model-value';

const i18n = i18next.createInstance();
void i18n.init({ resources: { nl: { translation: modelValueNl }, en: { translation: modelValueEn } }, lng: 'nl', initAsync: false, interpolation: { escapeValue: false } });
const nl = i18n.getFixedT('nl');
const en = i18n.getFixedT('en');

describe('values the decision model used, written for people', () => {
  it('writes amounts with their period in the house style', () => {
    expect(formatModelValue(1300, 'EUR', nl, 'nl')).toBe('€ 1.300,00');
    expect(formatModelValue(1091.71, 'EUR/maand', nl, 'nl')).toBe('€ 1.091,71 per maand');
    expect(formatModelValue(1091.71, 'EUR/maand', en, 'en')).toBe('€ 1.091,71 a month');
  });

  it('writes ages, months, percentages and counts with their unit', () => {
    expect(formatModelValue(45, 'jaren', nl, 'nl')).toBe('45 jaar');
    expect(formatModelValue(1, 'jaren', en, 'en')).toBe('1 year');
    expect(formatModelValue(799, 'maanden', nl, 'nl')).toBe('799 maanden');
    expect(formatModelValue(120, 'procent', nl, 'nl')).toBe('120%');
    expect(formatModelValue(1225, 'uren/jaar', nl, 'nl')).toBe('1.225 uur per jaar');
    expect(formatModelValue(2, 'aantal', nl, 'nl')).toBe('2');
    expect(formatModelValue(1244.55, null, nl, 'nl')).toBe('1.244,55');
  });

  it('writes yes/no, unknown, dates and lists in words', () => {
    expect(formatModelValue(true, null, nl, 'nl')).toBe('Ja');
    expect(formatModelValue(false, null, en, 'en')).toBe('No');
    expect(formatModelValue(null, 'EUR', nl, 'nl')).toBe('Onbekend');
    expect(formatModelValue('2022-05-02', 'datum', nl, 'nl')).toBe('2 mei 2022');
    expect(formatModelValue(['uitkering', 'loon'], null, nl, 'nl')).toBe('uitkering, loon');
    expect(formatModelValue([], null, nl, 'nl')).toBe('Onbekend');
  });
});
