import type { Db } from '../../db/database.js';
import { todayInAmsterdam } from '../../../shared/forms/formats.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { parseParameterValue, periodOn } from './parameter-values.js';
import { selectActivePeriods, selectParameters, selectRegelingen, selectVersions, type PeriodRow } from './regelingen.repository.js';

/** Every regeling with all its versions and parameters, for the functional administrator. */
export async function listRegelingenAdmin(options: { db: Db; ctx: RequestContext; today?: string }) {
  authorizeStaff(options.ctx, 'regeling.read');
  const { db } = options;
  const today = options.today ?? todayInAmsterdam();
  const [rows, versions, parameters, periods] = await Promise.all([selectRegelingen(db), selectVersions(db), selectParameters(db), selectActivePeriods(db)]);
  return rows.map((row) => {
    const own = versions.filter((v) => v.regelingId === row.id);
    const current = own.filter((v) => v.status === 'gepubliceerd').at(-1)?.version;
    return {
      id: row.id,
      name: row.content.name,
      kind: row.content.kind,
      versions: own.map((v) => ({
        version: v.version,
        status: v.status,
        origin: v.origin,
        label: v.content.meta.label,
        createdAt: v.createdAt.toISOString(),
        publishedAt: v.publishedAt?.toISOString() ?? null,
        current: v.version === current,
      })),
      parameters: parameters
        .filter((p) => p.regelingId === row.id)
        .map((p) => {
          const mine = periods.filter((x) => x.regelingId === row.id && x.key === p.key).map((x) => toPeriod(x, p.unit));
          return { key: p.key, label: p.label, unit: p.unit, current: periodOn(mine, today) ?? null, periods: mine };
        }),
    };
  });
}

export function toPeriod(row: PeriodRow, unit: string) {
  return {
    id: row.id,
    validFrom: row.validFrom,
    validTo: row.validTo,
    value: parseParameterValue(row.value, unit),
    source: row.source,
    confirmed: row.confirmed,
    note: row.note,
    origin: row.origin,
    createdAt: row.createdAt.toISOString(),
  };
}
