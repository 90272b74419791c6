import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { batcherPer } from '../../shared/batcher.js';
import type { ApplicationStatus } from '../applications/applications.tables.js';
import { appendAuditEntries, type AuditRecord } from '../audit/audit.repository.js';
import { systemActor } from '../audit/record-audit.js';
import type { NewAssessment } from './assessment.repository.js';
import { insertAssessments, insertDecisionsAndEvents, lockForAssessment, type AutomaticDecision, type SystemEvent } from './assessment.repository.js';

/** Statuses in which an application waits for its assessment or for a person; anything else is left alone. */
export const assessableStatuses: readonly ApplicationStatus[] = ['ontvangen', 'in-behandeling', 'aanvullende-informatie'];
/** A straight-through grant only while nobody waits for the resident (no open request for information). */
const decidableStatuses: readonly ApplicationStatus[] = ['ontvangen', 'in-behandeling'];

export type RecordResult = 'decided' | 'to-person' | 'skipped';

export interface AssessmentRecord {
  applicationId: string;
  row: Omit<NewAssessment, 'decided'>;
  /** The run allows an automatic grant (route automatisch, eligible, no errors, a positive amount). */
  straightThrough: boolean;
  reviewShare: number;
  requestId: string;
  random?: () => number;
}

/**
 * Stores one assessment run and what follows from it: for a straight-through grant the decision,
 * status "besluit", the timeline event and the audit entries; otherwise the event that a person
 * takes over and the audit entry. The application is locked and checked again (a person may have
 * decided meanwhile), and a job that already stored its row does nothing. Runs that finish together
 * are stored together, in one transaction (a group commit).
 */
export function recordAssessment(options: AssessmentRecord & { db: Db }): Promise<RecordResult> {
  const { db, ...record } = options;
  return assessmentCommitFor(db)(record);
}

/**
 * Stores runs in the caller's transaction with one statement per kind of row, with the result each
 * would have had on its own. Two runs for one application in one batch are refused (the group
 * commit then stores them one after the other, so the second sees what the first did).
 */
export async function writeAssessments(tx: Db, records: AssessmentRecord[]): Promise<RecordResult[]> {
  const ids = records.map((r) => r.applicationId);
  if (new Set(ids).size !== ids.length) throw new Error('one application twice in a batch of assessment runs');
  const locked = new Map((await lockForAssessment(tx, ids)).map((a) => [a.id, a]));
  // The runs whose application still waits, and whether each decides it: decided once, used for the row and the decision.
  const open = new Map(
    records.flatMap((record) => {
      const application = locked.get(record.applicationId);
      if (!application || !assessableStatuses.includes(application.status) || application.decided) return [];
      return [[record.applicationId, { application, decide: record.straightThrough && decidableStatuses.includes(application.status) }] as const];
    }),
  );
  const inserted = new Map((await insertAssessments(tx, records.filter((r) => open.has(r.applicationId)).map((r) => ({ ...r.row, decided: open.get(r.applicationId)!.decide })))).map((a) => [a.applicationId, a]));

  const now = new Date();
  const decisions: AutomaticDecision[] = [];
  const events: SystemEvent[] = [];
  const audit: AuditRecord[] = [];
  const results = records.map((record): RecordResult => {
    const run = open.get(record.applicationId);
    const assessment = inserted.get(record.applicationId);
    if (!run || !assessment) return 'skipped';
    const { application, decide } = run;
    const ground = `regeling ${application.regelingId}`;
    audit.push({
      actor: systemActor,
      action: 'assessment.completed',
      subjectBsn: application.applicantBsn,
      ground,
      requestId: record.requestId,
      details: { applicationId: application.id, assessmentId: assessment.id, status: assessment.status, handoverReason: assessment.handoverReason, proposal: assessment.proposal, route: assessment.route, model: assessment.modelSha256 },
    });
    if (!decide) {
      // The resident's timeline says a person looks at it; what the model proposes stays with staff.
      events.push({ applicationId: application.id, type: 'naar-medewerker', occurredAt: now, details: { reason: assessment.handoverReason ?? 'voorstel' } });
      return 'to-person';
    }
    // random() < share: never for 0, always for 1.
    const sampledForReview = (record.random ?? Math.random)() < record.reviewShare;
    const decisionId = randomUUID();
    const period = assessment.period ?? null;
    decisions.push({ id: decisionId, applicationId: application.id, amount: assessment.amount, periodFrom: period?.from ?? null, periodTo: period?.to ?? null, assessmentId: assessment.id, decidedAt: now, sampledForReview });
    events.push({ applicationId: application.id, type: 'besluit', occurredAt: now, details: { outcome: 'toegekend', amount: assessment.amount, automatic: true } });
    audit.push({
      actor: systemActor,
      action: 'decision.made',
      subjectBsn: application.applicantBsn,
      ground,
      requestId: record.requestId,
      details: { applicationId: application.id, decisionId, assessmentId: assessment.id, outcome: 'toegekend', amount: assessment.amount, automatic: true, sampledForReview },
    });
    return 'decided';
  });
  const decided = await insertDecisionsAndEvents(tx, { decisions, events });
  // The unique index makes a second decision impossible; the lock and the check above mean this cannot happen.
  if (decided !== decisions.length) throw new Error('a decision for an application in this batch already exists');
  // Last: the audit chain's head stays locked until commit.
  await appendAuditEntries(tx, audit);
  return results;
}

// Up to two audit entries per run, and the audit chain appends up to 20 in one statement.
const assessmentCommitFor = batcherPer<Db, AssessmentRecord, RecordResult>({
  maxBatch: 10,
  maxInFlight: 2,
  run: (db, records) => db.transaction((tx) => writeAssessments(tx, records)),
});
