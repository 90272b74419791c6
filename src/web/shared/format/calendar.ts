// Calendar dates (YYYY-MM-DD) as the server counts them: in the Netherlands, whatever time zone the
// browser is in, so "today" and "in 14 days" here match the server's checks.

/** Today in Europe/Amsterdam as YYYY-MM-DD. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "2026-12-01" + 14 → "2026-12-15" (calendar arithmetic in UTC, so no daylight saving shift). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
