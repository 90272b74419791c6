import type { Db } from '../../db/database.js';
import { DomainError, invalid } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { toPeriod } from './list-regelingen-admin.js';
import { parameterNotFound } from './regeling-errors.js';
import type { AddPeriodInput } from './regelingen.schema.js';
import { insertPeriod, selectActivePeriods, selectParameters, withdrawPeriod } from './regelingen.repository.js';

/**
 * A new period for a parameter, e.g. the norms of 1 July. Existing periods are never changed:
 * with `replace`, the period that starts on the same day is withdrawn and the new one takes its place.
 */
export async function addParameterPeriod(options: { db: Db; ctx: RequestContext; regelingId: string; key: string; input: AddPeriodInput }) {
  const auth = authorizeStaff(options.ctx, 'regeling.manage');
  const { db, regelingId, key, input } = options;
  const parameter = (await selectParameters(db, regelingId)).find((p) => p.key === key);
  if (!parameter) throw parameterNotFound();
  const isDate = parameter.unit === 'datum';
  if (isDate !== (typeof input.value === 'string')) {
    throw invalid([{ name: 'value', code: 'parameter.value_type', message: isDate ? text('Vul een datum in.', 'Enter a date.') : text('Vul een getal in.', 'Enter a number.') }]);
  }
  if (typeof input.value === 'number' && input.value < 0) {
    throw invalid([{ name: 'value', code: 'parameter.negative', message: text('Een bedrag of aantal kan niet negatief zijn.', 'An amount or count cannot be negative.') }]);
  }
  if (input.validTo && input.validTo < input.validFrom) {
    throw invalid([{ name: 'validTo', code: 'parameter.period_order', message: text('De einddatum ligt voor de begindatum.', 'The end date is before the start date.') }]);
  }
  return db.transaction(async (tx) => {
    const sameStart = (await selectActivePeriods(tx, regelingId, key)).find((p) => p.validFrom === input.validFrom);
    if (sameStart && !input.replace) {
      throw new DomainError(
        'conflict',
        'parameter.period_exists',
        text('Er is al een waarde vanaf deze datum. Kies "vervangen" om die te vervangen.', 'There already is a value from this date. Choose "replace" to replace it.'),
        [{ name: 'validFrom', code: 'parameter.period_exists', message: text('Er is al een waarde vanaf deze datum.', 'There already is a value from this date.') }],
      );
    }
    if (sameStart) await withdrawPeriod(tx, sameStart.id, auth.principal.staffUserId);
    const row = await insertPeriod(tx, {
      regelingId,
      key,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      value: String(input.value),
      source: input.source,
      confirmed: input.confirmed,
      note: input.note ?? null,
      origin: 'werkplek',
      createdBy: auth.principal.staffUserId,
    });
    await recordAudit({
      tx,
      auth,
      requestId: options.ctx.requestId,
      action: sameStart ? 'regeling.parameter-period-replaced' : 'regeling.parameter-period-added',
      ground: 'beheer-regelingen',
      details: { regeling: regelingId, key, validFrom: input.validFrom, value: input.value, confirmed: input.confirmed, replaced: sameStart?.id ?? null },
    });
    return toPeriod(row!, parameter.unit);
  });
}
