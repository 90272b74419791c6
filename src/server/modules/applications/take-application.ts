import type { Db } from '../../db/database.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { applicationNotFound, invalidStatus } from './application-errors.js';
import { insertEvents, selectApplication, updateApplication } from './applications.repository.js';

/** A consultant takes a received application into handling; the resident sees "in behandeling". */
export async function takeApplication(options: { db: Db; ctx: RequestContext; id: string }) {
  const auth = authorizeStaff(options.ctx, 'application.handle');
  const { db, ctx, id } = options;
  return db.transaction(async (tx) => {
    const application = await selectApplication(tx, id, { forUpdate: true });
    if (!application) throw applicationNotFound();
    if (application.status === 'in-behandeling') return { status: application.status };
    if (application.status !== 'ontvangen') throw invalidStatus('Deze aanvraag kan nu niet in behandeling worden genomen.', 'This application cannot be taken into handling now.');
    const updated = await updateApplication(tx, id, { status: 'in-behandeling' });
    await insertEvents(tx, [{ applicationId: id, type: 'in-behandeling', occurredAt: new Date(), actorType: 'staff', actorId: auth.principal.staffUserId, details: {} }]);
    await recordAudit({ tx, auth, requestId: ctx.requestId, action: 'application.taken', subjectBsn: application.applicantBsn, ground: `aanvraag ${application.regelingId}`, details: { applicationId: id } });
    return { status: updated.status };
  });
}
