import type { Db } from '../../db/database.js';
import { applicationNotFound } from '../applications/application-errors.js';
import { selectApplication } from '../applications/applications.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { notAssessable } from './assessment-errors.js';
import { selectDecisionOf } from './assessment.repository.js';
import { assessableStatuses } from './record-assessment.js';
import { enqueueAssessment } from './run-assessment.job.js';

/**
 * Runs the automatic assessment again, e.g. after a registry outage was handed to a person or after
 * the resident sent more information. Only for an application without a decision; the new run's
 * result becomes the newest assessment (and may grant straight through).
 */
export async function rerunAssessment(options: { db: Db; ctx: RequestContext; id: string }) {
  const auth = authorizeStaff(options.ctx, 'assessment.rerun');
  const { db, ctx, id } = options;
  return db.transaction(async (tx) => {
    const application = await selectApplication(tx, id, { forUpdate: true });
    if (!application || application.status === 'concept') throw applicationNotFound();
    if (!assessableStatuses.includes(application.status) || (await selectDecisionOf(tx, id))) throw notAssessable();
    const jobId = await enqueueAssessment(tx, id);
    await recordAudit({ tx, auth, requestId: ctx.requestId, action: 'assessment.rerun-requested', subjectBsn: application.applicantBsn, ground: `regeling ${application.regelingId}`, details: { applicationId: id, jobId } });
    return { queued: true as const, jobId };
  });
}
