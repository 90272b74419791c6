import type { Db } from '../../db/database.js';
import { insertPeriod, selectActivePeriods, type PeriodRow } from './regelingen.repository.js';

/**
 * Gives each parameter of a regeling whose newest period ended before `year` a period for that
 * year with the newest figure and its source, unconfirmed, with the note `note(validFrom of the
 * figure)` saying why (as the content files require of an unconfirmed figure).
 * This is what a functional administrator does for a new round of a scheme whose figures stay;
 * the demo municipality and the benchmark use it so that the shipped 2022 energietoeslag can be
 * granted today. Safe to run twice: a parameter that has a period reaching into `year` is left
 * alone, and a period starting on the same day is not inserted again. Returns the keys it added.
 */
export async function carryFiguresIntoYear(options: { tx: Db; regelingId: string; year: number; note: (figureFrom: string) => string }): Promise<string[]> {
  const { tx, regelingId, year } = options;
  const newest = new Map<string, PeriodRow>();
  // Oldest first, so the last one per key is its newest.
  for (const period of await selectActivePeriods(tx, regelingId)) newest.set(period.key, period);
  const added: string[] = [];
  for (const period of newest.values()) {
    if (period.validTo === null || period.validTo >= `${year}-01-01`) continue;
    const inserted = await insertPeriod(tx, {
      regelingId,
      key: period.key,
      validFrom: `${year}-01-01`,
      validTo: `${year}-12-31`,
      value: period.value,
      source: period.source,
      confirmed: false,
      note: options.note(period.validFrom),
      origin: 'werkplek',
    });
    if (inserted) added.push(period.key);
  }
  return added;
}
