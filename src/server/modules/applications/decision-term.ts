// Statutory terms in calendar days (Awb 4:13: "binnen acht weken"); the term stands still while the
// applicant repairs missing information (Awb 4:15) and resumes after. Dates are Europe/Amsterdam days.

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The last day to decide: received + term, moved by the days the term stood still. */
export function decisionDueDate(receivedOn: string, termWeeks: number, suspendedDays: number): string {
  return addDays(receivedOn, termWeeks * 7 + suspendedDays);
}

/** Days the term stood still when it resumes on `resumedOn` (the day the information arrived does not count). */
export function suspensionDays(suspendedSince: string, resumedOn: string): number {
  return Math.max(0, daysBetween(suspendedSince, resumedOn));
}
