import type { Db } from '../../db/database.js';
import { selectApplication } from '../applications/applications.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { alreadyReviewed, reviewNotFound } from './assessment-errors.js';
import { recordReview, selectDecision } from './assessment.repository.js';

/**
 * A kwaliteitsmedewerker's verdict on a sampled automatic grant: "akkoord", or "onjuist" with a note
 * saying why (the teamleider follows up; correcting a decision is a new decision, not an edit).
 * Recorded once; the note stays with the decision, not in the audit trail.
 */
export async function reviewDecision(options: { db: Db; ctx: RequestContext; decisionId: string; input: { verdict: 'akkoord' | 'onjuist'; note: string } }) {
  const auth = authorizeStaff(options.ctx, 'decision.review');
  const { db, ctx, decisionId, input } = options;
  return db.transaction(async (tx) => {
    const decision = await selectDecision(tx, decisionId, { forUpdate: true });
    if (!decision || !decision.sampledForReview) throw reviewNotFound();
    if (decision.reviewedAt) throw alreadyReviewed();
    const now = new Date();
    await recordReview(tx, decisionId, { verdict: input.verdict, note: input.note.trim(), reviewedBy: auth.principal.staffUserId, reviewedAt: now });
    const application = (await selectApplication(tx, decision.applicationId))!;
    await recordAudit({
      tx,
      auth,
      requestId: ctx.requestId,
      action: 'decision.reviewed',
      subjectBsn: application.applicantBsn,
      ground: `kwaliteitscontrole regeling ${application.regelingId}`,
      details: { decisionId, applicationId: application.id, verdict: input.verdict },
    });
    return { decisionId, verdict: input.verdict, reviewedAt: now.toISOString() };
  });
}
