import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { insertEvents, lockApplicationStatus, setApplicationStatus } from '../applications/applications.repository.js';
import type { ApplicationStatus } from '../applications/applications.tables.js';
import { appendAuditEntries } from '../audit/audit.repository.js';
import { systemActor } from '../audit/record-audit.js';
import type { NewAssessment } from './assessment.repository.js';
import { decisionExists, insertAssessment, insertDecisionId } from './assessment.repository.js';

/** Statuses in which an application waits for its assessment or for a person; anything else is left alone. */
export const assessableStatuses: readonly ApplicationStatus[] = ['ontvangen', 'in-behandeling', 'aanvullende-informatie'];
/** A straight-through grant only while nobody waits for the resident (no open request for information). */
const decidableStatuses: readonly ApplicationStatus[] = ['ontvangen', 'in-behandeling'];

export type RecordResult = 'decided' | 'to-person' | 'skipped';

/**
 * Stores one assessment run and what follows from it, in one transaction: for a straight-through
 * grant the decision, status "besluit", the timeline event and the audit entries; otherwise the
 * event that a person takes over and the audit entry. The application is locked and checked again
 * (a person may have decided meanwhile), and a job that already stored its row does nothing.
 */
export async function recordAssessment(options: {
  db: Db;
  applicationId: string;
  row: Omit<NewAssessment, 'decided'>;
  /** The run allows an automatic grant (route automatisch, eligible, no errors, a positive amount). */
  straightThrough: boolean;
  reviewShare: number;
  requestId: string;
  random?: () => number;
}): Promise<RecordResult> {
  const { db, applicationId, row } = options;
  return db.transaction(async (tx) => {
    const application = await lockApplicationStatus(tx, applicationId);
    if (!application || !assessableStatuses.includes(application.status)) return 'skipped';
    if (await decisionExists(tx, applicationId)) return 'skipped';
    const decide = options.straightThrough && decidableStatuses.includes(application.status);
    const assessment = await insertAssessment(tx, { ...row, decided: decide });
    if (!assessment) return 'skipped';
    const now = new Date();
    const ground = `regeling ${application.regelingId}`;
    const assessed = {
      actor: systemActor,
      action: 'assessment.completed',
      subjectBsn: application.applicantBsn,
      ground,
      requestId: options.requestId,
      details: { applicationId, assessmentId: assessment.id, status: assessment.status, handoverReason: assessment.handoverReason, proposal: assessment.proposal, route: assessment.route, model: assessment.modelSha256 },
    };
    if (!decide) {
      // The resident's timeline says a person looks at it; what the model proposes stays with staff.
      await insertEvents(tx, [{ applicationId, type: 'naar-medewerker', occurredAt: now, actorType: 'system', actorId: null, details: { reason: assessment.handoverReason ?? 'voorstel' } }]);
      await appendAuditEntries(tx, [assessed]);
      return 'to-person';
    }
    await decideAutomatically({ tx, application, assessment: { id: assessment.id, amount: assessment.amount, period: assessment.period ?? null }, now, reviewShare: options.reviewShare, random: options.random ?? Math.random, audit: { assessed, ground, requestId: options.requestId } });
    return 'decided';
  });
}

async function decideAutomatically(options: {
  tx: Db;
  application: { id: string; applicantBsn: string };
  assessment: { id: string; amount: number | null; period: { from: string; to: string } | null };
  now: Date;
  reviewShare: number;
  random: () => number;
  audit: { assessed: Parameters<typeof appendAuditEntries>[1][number]; ground: string; requestId: string };
}): Promise<void> {
  const { tx, application, assessment, now } = options;
  // random() < share: never for 0, always for 1.
  const sampledForReview = options.random() < options.reviewShare;
  const decisionId = await insertDecisionId(tx, {
    id: randomUUID(),
    applicationId: application.id,
    outcome: 'toegekend',
    amount: assessment.amount,
    periodFrom: assessment.period?.from ?? null,
    periodTo: assessment.period?.to ?? null,
    automatic: true,
    assessmentId: assessment.id,
    decidedAt: now,
    sampledForReview,
  });
  // The unique index makes a second decision impossible; the lock above means this cannot happen.
  if (!decisionId) throw new Error('a decision for this application already exists');
  await setApplicationStatus(tx, application.id, 'besluit');
  await insertEvents(tx, [{ applicationId: application.id, type: 'besluit', occurredAt: now, actorType: 'system', actorId: null, details: { outcome: 'toegekend', amount: assessment.amount, automatic: true } }]);
  // Last: the audit chain's head stays locked until commit.
  await appendAuditEntries(tx, [
    options.audit.assessed,
    {
      actor: systemActor,
      action: 'decision.made',
      subjectBsn: application.applicantBsn,
      ground: options.audit.ground,
      requestId: options.audit.requestId,
      details: { applicationId: application.id, decisionId, assessmentId: assessment.id, outcome: 'toegekend', amount: assessment.amount, automatic: true, sampledForReview },
    },
  ]);
}
