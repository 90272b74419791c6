import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { preparedQuery } from '../../db/prepared.js';
import { regelingen, regelingParameterPeriods, regelingParameters, regelingVersions } from './regelingen.tables.js';

export type RegelingRow = typeof regelingen.$inferSelect;
export type VersionRow = typeof regelingVersions.$inferSelect;
export type ParameterRow = typeof regelingParameters.$inferSelect;
export type PeriodRow = typeof regelingParameterPeriods.$inferSelect;

export async function lockContentImport(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('eenloket:regelingen-content'))`);
}

export function selectRegelingen(db: Db): Promise<RegelingRow[]> {
  return db.select().from(regelingen).orderBy(asc(regelingen.id));
}

export async function selectRegeling(db: Db, id: string): Promise<RegelingRow | undefined> {
  const [row] = await db.select().from(regelingen).where(eq(regelingen.id, id));
  return row;
}

export async function upsertRegeling(tx: Db, row: typeof regelingen.$inferInsert): Promise<void> {
  await tx
    .insert(regelingen)
    .values(row)
    .onConflictDoUpdate({ target: regelingen.id, set: { content: row.content, contentHash: row.contentHash, updatedAt: new Date() } });
}

export function selectVersions(db: Db, regelingId?: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(regelingVersions)
    .where(regelingId ? eq(regelingVersions.regelingId, regelingId) : undefined)
    .orderBy(asc(regelingVersions.regelingId), asc(regelingVersions.version));
}

export async function selectVersion(db: Db, regelingId: string, version: number, options: { forUpdate?: boolean } = {}): Promise<VersionRow | undefined> {
  const query = db
    .select()
    .from(regelingVersions)
    .where(and(eq(regelingVersions.regelingId, regelingId), eq(regelingVersions.version, version)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** The newest published version: the one new applications use. */
export async function selectCurrentVersion(db: Db, regelingId: string): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(regelingVersions)
    .where(and(eq(regelingVersions.regelingId, regelingId), eq(regelingVersions.status, 'gepubliceerd')))
    .orderBy(desc(regelingVersions.version))
    .limit(1);
  return row;
}

export async function insertVersion(tx: Db, row: typeof regelingVersions.$inferInsert): Promise<VersionRow> {
  const [inserted] = await tx.insert(regelingVersions).values(row).returning();
  return inserted!;
}

export async function updateVersion(tx: Db, regelingId: string, version: number, patch: Partial<typeof regelingVersions.$inferInsert>): Promise<VersionRow> {
  const [row] = await tx
    .update(regelingVersions)
    .set(patch)
    .where(and(eq(regelingVersions.regelingId, regelingId), eq(regelingVersions.version, version)))
    .returning();
  return row!;
}

export function selectParameters(db: Db, regelingId?: string): Promise<ParameterRow[]> {
  return db
    .select()
    .from(regelingParameters)
    .where(regelingId ? eq(regelingParameters.regelingId, regelingId) : undefined)
    .orderBy(asc(regelingParameters.regelingId), asc(regelingParameters.key));
}

export async function upsertParameter(tx: Db, row: typeof regelingParameters.$inferInsert): Promise<void> {
  await tx
    .insert(regelingParameters)
    .values(row)
    .onConflictDoUpdate({ target: [regelingParameters.regelingId, regelingParameters.key], set: { label: row.label, unit: row.unit } });
}

/** Active (not withdrawn) periods, oldest first. */
export function selectActivePeriods(db: Db, regelingId?: string, key?: string): Promise<PeriodRow[]> {
  return db
    .select()
    .from(regelingParameterPeriods)
    .where(
      and(
        isNull(regelingParameterPeriods.withdrawnAt),
        regelingId ? eq(regelingParameterPeriods.regelingId, regelingId) : undefined,
        key ? eq(regelingParameterPeriods.key, key) : undefined,
      ),
    )
    .orderBy(asc(regelingParameterPeriods.regelingId), asc(regelingParameterPeriods.key), asc(regelingParameterPeriods.validFrom));
}

/** A regeling's parameter units and active periods: what the assessment and its example cases read figures from. */
export async function selectParameterFigures(db: Db, regelingId: string): Promise<{ units: Record<string, string>; periods: PeriodRow[] }> {
  const [parameters, periods] = await Promise.all([parameterUnits(db, { regelingId }), activePeriodsOf(db, { regelingId })]);
  return { units: Object.fromEntries(parameters.map((p) => [p.key, p.unit])), periods };
}

// Read for every assessment run.
const parameterUnits = preparedQuery<{ regelingId: string }, { key: string; unit: string }[]>('regeling_parameter_units', (db) =>
  db.select({ key: regelingParameters.key, unit: regelingParameters.unit }).from(regelingParameters).where(eq(regelingParameters.regelingId, sql.placeholder('regelingId'))),
);
const activePeriodsOf = preparedQuery<{ regelingId: string }, PeriodRow[]>('regeling_active_periods', (db) =>
  db
    .select()
    .from(regelingParameterPeriods)
    .where(and(isNull(regelingParameterPeriods.withdrawnAt), eq(regelingParameterPeriods.regelingId, sql.placeholder('regelingId'))))
    .orderBy(asc(regelingParameterPeriods.regelingId), asc(regelingParameterPeriods.key), asc(regelingParameterPeriods.validFrom)),
);

/** Every period ever recorded, withdrawn ones included. */
export function selectAllPeriods(db: Db, regelingId: string): Promise<PeriodRow[]> {
  return db.select().from(regelingParameterPeriods).where(eq(regelingParameterPeriods.regelingId, regelingId));
}

export async function selectPeriod(db: Db, id: string): Promise<PeriodRow | undefined> {
  const [row] = await db.select().from(regelingParameterPeriods).where(eq(regelingParameterPeriods.id, id));
  return row;
}

/** Inserts a period unless an active one starts on the same day; returns undefined then. */
export async function insertPeriod(tx: Db, row: typeof regelingParameterPeriods.$inferInsert): Promise<PeriodRow | undefined> {
  const [inserted] = await tx.insert(regelingParameterPeriods).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function withdrawPeriod(tx: Db, id: string, by: string | null): Promise<PeriodRow | undefined> {
  const [row] = await tx
    .update(regelingParameterPeriods)
    .set({ withdrawnAt: new Date(), withdrawnBy: by })
    .where(and(eq(regelingParameterPeriods.id, id), isNull(regelingParameterPeriods.withdrawnAt)))
    .returning();
  return row;
}
