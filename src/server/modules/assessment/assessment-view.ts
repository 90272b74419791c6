import type { JsonValue } from '@eenloket/dmn';
import type { Db } from '../../db/database.js';
import type { AssessmentRow, DecisionRow } from './assessment.repository.js';
import { selectAssessment, selectDecisionOf, selectLatestAssessment } from './assessment.repository.js';
import { explanationOf } from './explanation.js';

// The assessment and the decision as the API shows them. The resident sees a decision (with "hoe is
// dit berekend") once there is one, never a proposal; staff see the newest assessment in full.

export type OutcomeView = ReturnType<typeof outcomeOf>;

function outcomeOf(decision: DecisionRow, assessment: AssessmentRow | undefined) {
  return {
    outcome: decision.outcome,
    amount: decision.amount,
    period: decision.periodFrom && decision.periodTo ? { from: decision.periodFrom, to: decision.periodTo } : null,
    decidedAt: decision.decidedAt.toISOString(),
    automatic: decision.automatic,
    explanation: explanationOf(decision, assessment),
  };
}

/** The decision on an application with its explanation, or null while nobody (and no rule) has decided. */
export async function outcomeView(db: Db, applicationId: string): Promise<OutcomeView | null> {
  const decision = await selectDecisionOf(db, applicationId);
  if (!decision) return null;
  const assessment = decision.assessmentId ? await selectAssessment(db, decision.assessmentId) : undefined;
  return outcomeOf(decision, assessment);
}

export function assessmentView(row: AssessmentRow) {
  return {
    id: row.id,
    status: row.status,
    handoverReason: row.handoverReason,
    proposal: row.proposal,
    eligible: row.eligible,
    reasons: row.reasons,
    amount: row.amount,
    period: row.period ?? null,
    route: row.route,
    routeReasons: row.routeReasons,
    decided: row.decided,
    referenceDate: row.referenceDate,
    inputs: row.inputs.map((input) => ({ ...input, value: input.value ?? null })),
    parameters: row.parameters,
    registries: row.registries.map(({ registry, source, fetchedAt }) => ({ registry, source, fetchedAt })),
    facts: Object.assign({}, ...row.registries.map((r) => r.facts)) as Record<string, JsonValue>,
    messages: row.messages,
    model: row.modelFile ? { file: row.modelFile, sha256: row.modelSha256, regelingVersion: row.regelingVersion } : null,
    trace: row.trace ?? null,
    evaluatedAt: row.evaluatedAt.toISOString(),
  };
}

export function decisionView(decision: DecisionRow) {
  return {
    id: decision.id,
    outcome: decision.outcome,
    amount: decision.amount,
    period: decision.periodFrom && decision.periodTo ? { from: decision.periodFrom, to: decision.periodTo } : null,
    automatic: decision.automatic,
    assessmentId: decision.assessmentId,
    decidedBy: decision.decidedBy,
    motivation: decision.motivation,
    decidedAt: decision.decidedAt.toISOString(),
    sampledForReview: decision.sampledForReview,
    review: decision.reviewedAt
      ? { verdict: decision.reviewVerdict!, note: decision.reviewNote ?? '', reviewedBy: decision.reviewedBy!, reviewedAt: decision.reviewedAt.toISOString() }
      : null,
  };
}

/** What staff see beside the application: the newest assessment and the decision, if any. */
export async function staffAssessmentView(db: Db, applicationId: string) {
  const [latest, decision] = await Promise.all([selectLatestAssessment(db, applicationId), selectDecisionOf(db, applicationId)]);
  return { assessment: latest ? assessmentView(latest) : null, decision: decision ? decisionView(decision) : null };
}
