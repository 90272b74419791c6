import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../src/server/db/database.js';
import { regelingParameterPeriods } from '../../src/server/modules/regelingen/regelingen.tables.js';

/**
 * The shipped energietoeslag is the 2022 scheme: its figures are valid in 2022 only, and an
 * application submitted today finds no income limit (a person decides). The benchmark measures a
 * scheme that is open, so it gives each parameter that ends before today a period for this year
 * with its latest figure, as a functional administrator would for a new round (unconfirmed, source
 * "benchmark"). Only in the benchmark's scratch database.
 */
export async function openForThisYear(db: Db, regelingId: string): Promise<void> {
  const year = new Date().getFullYear();
  const rows = await db
    .select()
    .from(regelingParameterPeriods)
    .where(and(eq(regelingParameterPeriods.regelingId, regelingId), isNull(regelingParameterPeriods.withdrawnAt)));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if ((latest.get(row.key)?.validFrom ?? '') < row.validFrom) latest.set(row.key, row);
  const added = [...latest.values()]
    .filter((row) => row.validTo !== null && row.validTo < `${year}-01-01`)
    .map((row) => ({ regelingId, key: row.key, validFrom: `${year}-01-01`, validTo: `${year}-12-31`, value: row.value, source: `benchmark: the figure of ${row.validFrom}`, confirmed: false, origin: 'werkplek' as const }));
  if (added.length) await db.insert(regelingParameterPeriods).values(added);
}
