import type { Address } from '../api/types';

// Dates and times as Dutch municipalities show them (22-11-2026, 14:05), in Europe/Amsterdam,
// in both languages: the format is part of the municipality's house style, not of the language.

/** "1985-06-15" → "15-06-1985". Calendar dates are formatted as text: no time zone can shift them. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : isoDate;
}

const dateTimeParts = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant ("2026-11-22T13:05:00Z") → "22-11-2026 14:05" in Amsterdam time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(dateTimeParts.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day}-${parts.month}-${parts.year} ${parts.hour}:${parts.minute}`;
}

/** "1234AB" → "1234 AB". */
export function formatPostcode(postcode: string): string {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return /^\d{4}[A-Z]{2}$/.test(compact) ? `${compact.slice(0, 4)} ${compact.slice(4)}` : postcode;
}

/** "Teststraat 12 A-2, 1234 AB Voorbeeldstad". */
export function formatAddress(address: Address | null | undefined): string {
  if (!address) return '';
  const number = [String(address.houseNumber), address.houseLetter ?? '', address.houseNumberAddition ? `-${address.houseNumberAddition}` : ''].join('');
  return `${address.street} ${number}, ${formatPostcode(address.postcode)} ${address.city}`;
}

/** Whole years between a birth date and today (for "age" columns). */
export function ageOn(isoBirthDate: string, today: Date = new Date()): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoBirthDate);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  let age = today.getFullYear() - y;
  if (today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d)) age--;
  return age;
}
