import type { PeriodRow } from './regelingen.repository.js';

/** The period that applies on a date: the latest start on or before it, not ended before it. */
export function periodOn<P extends Pick<PeriodRow, 'validFrom' | 'validTo'>>(periods: readonly P[], date: string): P | undefined {
  let found: P | undefined;
  for (const period of periods) {
    if (period.validFrom > date) continue;
    if (!found || period.validFrom > found.validFrom) found = period;
  }
  return found && (!found.validTo || found.validTo >= date) ? found : undefined;
}

/** A stored value as a number or an ISO date. */
export function parseParameterValue(value: string, unit: string): number | string {
  return unit === 'datum' ? value : Number(value);
}
