import type { TFunction } from 'i18next';
import { formatLongDate, formatAmount } from './format-text';

// A value the decision model used, written for people: "€ 1.100,00 per maand", "45 jaar", "Ja",
// "2 mei 2022". Numbers follow the municipality's house style in both languages (as format-text.ts
// does); the words come from the modelValue texts (shared/i18n/model-value-*.ts).

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function number(value: number): string {
  return value.toLocaleString('nl-NL', { maximumFractionDigits: 4 });
}

export function formatModelValue(value: unknown, unit: string | null | undefined, t: TFunction, lang: string): string {
  if (value === null || value === undefined) return t('modelValue.unknown');
  if (typeof value === 'boolean') return t(value ? 'modelValue.yes' : 'modelValue.no');
  if (Array.isArray(value)) return value.length ? value.map((v) => formatModelValue(v, unit, t, lang)).join(', ') : t('modelValue.unknown');
  if (typeof value === 'string') return isoDate.test(value) ? formatLongDate(value, lang) : value;
  if (typeof value !== 'number') return JSON.stringify(value);
  switch (unit) {
    case 'EUR':
      return formatAmount(value);
    case 'EUR/maand':
      return t('modelValue.perMonth', { amount: formatAmount(value) });
    case 'EUR/jaar':
      return t('modelValue.perYear', { amount: formatAmount(value) });
    case 'procent':
      return t('modelValue.percent', { value: number(value) });
    case 'jaren':
      return t('modelValue.years', { value: number(value), count: value });
    case 'maanden':
      return t('modelValue.months', { value: number(value), count: value });
    case 'weken':
      return t('modelValue.weeks', { value: number(value), count: value });
    case 'uren/jaar':
      return t('modelValue.hoursPerYear', { value: number(value) });
    default:
      return number(value);
  }
}
