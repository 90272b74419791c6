// Dates, amounts and sizes written out, as letters and Mijn loket show them: "22 november 2026",
// "€ 1.369,06". Month names follow the language; the amount notation is the municipality's house
// style in both languages (as format.ts does for numeric dates).

const months = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
const amsterdamTime = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "2026-11-22" (or an instant, taken in Amsterdam) → "22 november 2026". */
export function formatLongDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : Number.isNaN(Date.parse(iso)) ? '' : amsterdamDay.format(new Date(iso));
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return iso;
  const names = lang.startsWith('en') ? months.en : months.nl;
  return `${Number(match[3])} ${names[Number(match[2]) - 1]} ${match[1]}`;
}

/** An instant → "14:32" in Amsterdam. */
export function formatTime(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return Number.isNaN(date.getTime()) ? '' : amsterdamTime.format(date);
}

/** 1369.06 → "€ 1.369,06". */
export function formatAmount(value: number): string {
  const [whole, cents] = Math.abs(value).toFixed(2).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}€ ${grouped},${cents}`;
}

/** An amount or number as a person types it: "1.369,06", "1369,06", "12.5" → number; else undefined. */
export function parseDutchNumber(text: string): number | undefined {
  let t = text.replace(/[\s€]/g, '');
  if (!t) return undefined;
  if (t.includes(',')) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** A number as a Dutch person writes it in a field: 1369.06 → "1369,06". */
export function numberToText(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value).replace('.', ',') : typeof value === 'string' ? value : '';
}

/** 2_400_000 → "2,3 MB"; 12_000 → "12 kB". */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
