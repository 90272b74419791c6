import type { Db } from '../../db/database.js';
import { todayInAmsterdam } from '../../../shared/forms/formats.js';
import { recordAudit } from '../audit/record-audit.js';
import type { RequestContext } from '../auth/principal.js';
import { loadForResident } from './application-access.js';
import { applicationNotFound, invalidStatus } from './application-errors.js';
import { insertEvents, updateApplication } from './applications.repository.js';
import { decisionDueDate } from './decision-term.js';
import { receiptOf } from './submit-application.js';
import { enqueueAssessment } from '../assessment/run-assessment.job.js';

/**
 * The partner co-signs with their own DigiD login. Only then does the application count as
 * received and does the decision term start. Co-signing twice returns the same receipt.
 */
export async function cosignApplication(options: { db: Db; ctx: RequestContext; id: string }) {
  const { db, ctx, id } = options;
  return db.transaction(async (tx) => {
    const { application, auth, role } = await loadForResident(tx, ctx, id, { forUpdate: true });
    if (role !== 'cosigner') throw applicationNotFound();
    if (application.cosignedAt) return receiptOf(application, true);
    if (application.status !== 'medeondertekening') throw invalidStatus('Deze aanvraag wacht niet op uw handtekening.', 'This application is not waiting for your signature.');
    const now = new Date();
    const updated = await updateApplication(tx, id, {
      status: 'ontvangen',
      cosignedAt: now,
      receivedAt: now,
      decisionDue: decisionDueDate(todayInAmsterdam(now), application.decisionTermWeeks ?? 8, 0),
    });
    await insertEvents(tx, [
      { applicationId: id, type: 'medeondertekend', occurredAt: now, actorType: 'resident', actorId: auth.principal.sessionId, details: {} },
      { applicationId: id, type: 'ontvangen', occurredAt: now, actorType: 'system', actorId: null, details: { decisionDue: updated.decisionDue } },
    ]);
    await enqueueAssessment(tx, id);
    await recordAudit({
      tx,
      auth,
      requestId: ctx.requestId,
      action: 'application.cosigned',
      subjectBsn: application.applicantBsn,
      ground: `aanvraag ${application.regelingId}`,
      details: { applicationId: id, reference: application.reference },
    });
    return receiptOf(updated, false);
  });
}
