import type { TFunction } from 'i18next';
import type { ParameterPeriod } from '../../shared/api/types';
import { formatDate } from '../../shared/format/format';

// Parameter values with their unit, in the municipality's house style (Dutch number format in both
// languages, as dates are): "€ 1.101,82 per maand", "120%", "21 jaar".

const amountUnits = new Set(['EUR', 'EUR/maand', 'EUR/jaar']);

export function formatParameterValue(value: number | string, unit: string, t: TFunction): string {
  if (unit === 'datum' || typeof value === 'string') return typeof value === 'string' ? formatDate(value) : String(value);
  const number = value.toLocaleString('nl-NL', amountUnits.has(unit) ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : { maximumFractionDigits: 4 });
  return t(`regelingen.unitValues.${unit}`, { value: number, count: value, defaultValue: `${number} ${unit}` });
}

/** "01-07-2022 tot en met 31-12-2022", or "vanaf 01-07-2022" when open-ended. */
export function formatValidity(period: Pick<ParameterPeriod, 'validFrom' | 'validTo'>, t: TFunction): string {
  return period.validTo
    ? t('regelingen.validity.range', { from: formatDate(period.validFrom), to: formatDate(period.validTo) })
    : t('regelingen.validity.from', { from: formatDate(period.validFrom) });
}

/**
 * A value as typed by a person: "1.101,82", "1101,82" or "1101.82" → 1101.82. With a comma the
 * dots are thousands separators, as they are in "1.300" (groups of three digits); otherwise a
 * single dot is the decimal point.
 */
export function parseNumber(text: string): number | undefined {
  const compact = text.trim().replace(/\s|€|%/g, '');
  if (!compact) return undefined;
  const thousands = compact.includes(',') || /^-?\d{1,3}(\.\d{3})+$/.test(compact);
  const normal = thousands ? compact.replace(/\./g, '').replace(',', '.') : compact;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return undefined;
  return Number(normal);
}
