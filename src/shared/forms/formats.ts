import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

// Formats that form schemas use beside JSON Schema's own (email, date). The same checks run in the
// browser (react-jsonschema-form's ajv validator) and on the server, so a resident sees exactly the
// error the server would give.

export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  return (sum - Number(value[8])) % 11 === 0;
}

export function isValidIban(value: string): boolean {
  const electronic = electronicFormatIBAN(value);
  return electronic !== null && isValidIBAN(electronic);
}

// Creating an Intl formatter costs far more than formatting with one; keep one.
const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in the Netherlands as YYYY-MM-DD (the resident's calendar, not the server's time zone). */
export function todayInAmsterdam(now: Date = new Date()): string {
  return amsterdamDay.format(now);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Custom formats by name, as ajv's `addFormat` and rjsf's `customFormats` take them. */
export const customFormats = {
  bsn: (value: string) => isValidBsn(value),
  iban: (value: string) => isValidIban(value),
  kvk: (value: string) => /^\d{8}$/.test(value),
  postcode: (value: string) => /^[1-9]\d{3} ?[A-Za-z]{2}$/.test(value) && !/^\d{4} ?(SA|SD|SS)$/i.test(value),
  phone: (value: string) => /^(\+31|0031|0)[1-9](?:[ -]?\d){8}$/.test(value.trim()),
  /** A real calendar date, today or earlier (birth dates, start dates). */
  'past-date': (value: string) => isRealDate(value) && value <= todayInAmsterdam(),
  /** A real calendar date, today or later. */
  'future-date': (value: string) => isRealDate(value) && value >= todayInAmsterdam(),
} satisfies Record<string, (value: string) => boolean>;

export type CustomFormat = keyof typeof customFormats;
