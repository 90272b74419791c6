import { formatPostcode } from '../format/format';
import { formatAmount, formatLongDate } from '../format/format-text';
import type { FormTexts } from './form-context';

// An answer as a resident reads it back: the title of the chosen option, Ja/Nee, "22 november 2026",
// "€ 1.369,06". Used for read-only (prefilled) fields and on the summary page.

type Schema = Record<string, unknown>;
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);
const dateFormats = new Set(['date', 'past-date', 'future-date']);

/** An amount field: a number in cents (multipleOf 0.01), as docs/regelingen-content.md defines it. */
export function isAmount(schema: Schema | undefined): boolean {
  return schema?.type === 'number' && schema.multipleOf === 0.01;
}

export function optionTitle(schema: Schema | undefined, value: unknown): string | undefined {
  const options = [...(Array.isArray(schema?.oneOf) ? schema.oneOf : []), ...(Array.isArray(schema?.anyOf) ? schema.anyOf : [])].filter(isSchema);
  const option = options.find((o) => 'const' in o && o.const === value);
  return option && typeof option.title === 'string' ? option.title : undefined;
}

export function answerText(schema: Schema | undefined, value: unknown, texts: FormTexts, lang: string): string {
  if (value === undefined || value === null || value === '') return texts.empty;
  const title = optionTitle(schema, value);
  if (title) return title;
  if (Array.isArray(value)) {
    if (value.length === 0) return texts.empty;
    const items = isSchema(schema?.items) ? schema.items : undefined;
    return value.map((v) => answerText(items, v, texts, lang)).join(', ');
  }
  if (typeof value === 'boolean') return value ? texts.yes : texts.no;
  if (typeof value === 'number') return isAmount(schema) ? formatAmount(value) : String(value).replace('.', ',');
  if (typeof value === 'string' && typeof schema?.format === 'string' && dateFormats.has(schema.format)) return formatLongDate(value, lang);
  if (typeof value === 'string' && schema?.format === 'postcode') return formatPostcode(value);
  return String(value);
}
