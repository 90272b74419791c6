import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { invalid, type FieldError } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { applicationNotFound } from '../applications/application-errors.js';
import { insertEvents, selectApplication, updateApplication } from '../applications/applications.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { versionContentOf } from '../regelingen/regeling-cache.js';
import { alreadyDecided, notDecidable } from './assessment-errors.js';
import { insertDecision, selectDecisionOf, selectLatestAssessment } from './assessment.repository.js';
import type { DecisionOutcome } from './assessment.tables.js';

export interface DecisionInput {
  outcome: DecisionOutcome;
  amount?: number | undefined;
  period?: { from: string; to: string } | undefined;
  motivation: string;
}

/**
 * A consultant decides on an application: the way a proposal to reject becomes a rejection (never
 * automatically, AVG art. 22), and the way any application the model did not decide is decided. The
 * motivation is required (Awb 3:46). Status "besluit", the timeline event and the audit entry in one
 * transaction; the newest assessment is linked, so the decision shows what was before the person.
 */
export async function decideApplication(options: { db: Db; ctx: RequestContext; id: string; input: DecisionInput }) {
  const auth = authorizeStaff(options.ctx, 'application.decide');
  const { db, ctx, id, input } = options;
  return db.transaction(async (tx) => {
    const application = await selectApplication(tx, id, { forUpdate: true });
    if (!application || application.status === 'concept') throw applicationNotFound();
    if (await selectDecisionOf(tx, id)) throw alreadyDecided();
    if (application.status !== 'ontvangen' && application.status !== 'in-behandeling') throw notDecidable();
    const version = (await versionContentOf(tx, application.regelingId, application.regelingVersion))!;
    throwIfInvalid(input, Boolean(version.content.meta.assessment?.decisions.amount));
    const latest = await selectLatestAssessment(tx, id);
    const now = new Date();
    const amount = input.outcome === 'toegekend' ? (input.amount ?? null) : null;
    const decision = (await insertDecision(tx, {
      id: randomUUID(),
      applicationId: id,
      outcome: input.outcome,
      amount,
      periodFrom: input.outcome === 'toegekend' ? (input.period?.from ?? null) : null,
      periodTo: input.outcome === 'toegekend' ? (input.period?.to ?? null) : null,
      automatic: false,
      assessmentId: latest?.id ?? null,
      decidedBy: auth.principal.staffUserId,
      motivation: input.motivation.trim(),
      decidedAt: now,
    }))!;
    await updateApplication(tx, id, { status: 'besluit' });
    await insertEvents(tx, [{ applicationId: id, type: 'besluit', occurredAt: now, actorType: 'staff', actorId: auth.principal.staffUserId, details: { outcome: input.outcome, amount, automatic: false } }]);
    await recordAudit({
      tx,
      auth,
      requestId: ctx.requestId,
      action: 'decision.made',
      subjectBsn: application.applicantBsn,
      ground: `regeling ${application.regelingId}`,
      details: { applicationId: id, decisionId: decision.id, assessmentId: latest?.id ?? null, proposal: latest?.proposal ?? null, outcome: input.outcome, amount, automatic: false },
    });
    return { decisionId: decision.id, status: 'besluit' as const, outcome: decision.outcome, amount: decision.amount, decidedAt: now.toISOString() };
  });
}

function throwIfInvalid(input: DecisionInput, amountExpected: boolean): void {
  const errors: FieldError[] = [];
  if (input.outcome === 'afgewezen' && (input.amount !== undefined || input.period !== undefined)) {
    errors.push({ name: 'amount', code: 'decision.amount_not_allowed', message: text('Bij een afwijzing hoort geen bedrag of periode.', 'A rejection has no amount or period.') });
  }
  if (input.outcome === 'toegekend' && amountExpected && !(input.amount !== undefined && input.amount > 0)) {
    errors.push({ name: 'amount', code: 'decision.amount_required', message: text('Vul het bedrag in dat u toekent.', 'Enter the amount you grant.') });
  }
  if (input.period && input.period.to < input.period.from) {
    errors.push({ name: 'period.to', code: 'decision.period_reversed', message: text('De einddatum ligt voor de begindatum.', 'The end date is before the start date.') });
  }
  if (errors.length) throw invalid(errors, 'decision.invalid');
}
