import type { Db } from '../../db/database.js';
import { notFound } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { selectPeriod, withdrawPeriod } from './regelingen.repository.js';

/** Withdraws a period entered by mistake; it stays in the database, marked withdrawn, with the reason in the audit trail. */
export async function withdrawParameterPeriod(options: { db: Db; ctx: RequestContext; regelingId: string; key: string; periodId: string; reason: string }) {
  const auth = authorizeStaff(options.ctx, 'regeling.manage');
  const { db, regelingId, key, periodId } = options;
  return db.transaction(async (tx) => {
    const period = await selectPeriod(tx, periodId);
    const gone = notFound('parameter.period_not_found', text('Deze periode bestaat niet of is al ingetrokken.', 'This period does not exist or was already withdrawn.'));
    if (!period || period.regelingId !== regelingId || period.key !== key || period.withdrawnAt) throw gone;
    if (!(await withdrawPeriod(tx, periodId, auth.principal.staffUserId))) throw gone;
    await recordAudit({
      tx,
      auth,
      requestId: options.ctx.requestId,
      action: 'regeling.parameter-period-withdrawn',
      ground: 'beheer-regelingen',
      details: { regeling: regelingId, key, validFrom: period.validFrom, value: period.value, reason: options.reason },
    });
  });
}
