import type { LocalizedText } from './problem';

// The automatic assessment and decisions as the web app reads them (assessment.schema.ts).

export type DecisionOutcome = 'toegekend' | 'afgewezen';
export const decisionOutcomes: readonly DecisionOutcome[] = ['toegekend', 'afgewezen'];
export type ReviewVerdict = 'akkoord' | 'onjuist';
export type QueueProposalKind = 'wacht' | 'handmatig' | 'toekennen' | 'afwijzen';
export const queueProposalKinds: readonly QueueProposalKind[] = ['wacht', 'handmatig', 'toekennen', 'afwijzen'];

/** A value as the decision model saw it (numbers, texts, booleans, dates as ISO text, lists, contexts). */
export type ModelValue = string | number | boolean | null | unknown[] | Record<string, unknown>;

export interface GrantPeriod {
  from: string;
  to: string;
}

/** "Hoe is dit berekend", derived by the server from the stored trace. */
export interface DecisionExplanation {
  inputs: { label: LocalizedText; value: ModelValue; unit?: string }[];
  steps: LocalizedText[];
  modelVersion: { regeling: string; version: number; model: string; sha256: string } | null;
}

export interface ApplicationOutcome {
  outcome: DecisionOutcome;
  amount: number | null;
  period: GrantPeriod | null;
  decidedAt: string;
  automatic: boolean;
  explanation: DecisionExplanation;
}

export interface AssessmentInput {
  name: string;
  source: 'form' | 'fact' | 'parameter';
  ref: string;
  label: LocalizedText;
  value: ModelValue;
  unit: string | null;
}

export interface AssessmentParameter {
  key: string;
  periodId: string | null;
  value: number | string | null;
  unit: string | null;
  validFrom: string | null;
  validTo: string | null;
  source: string | null;
  confirmed: boolean | null;
}

export type RegistryName = 'persons' | 'businesses' | 'income' | 'applications';

export interface StaffAssessment {
  id: string;
  status: 'beoordeeld' | 'handmatig';
  handoverReason: 'geen-model' | 'model-fout' | 'registry-unavailable' | 'beoordeling-mislukt' | null;
  proposal: 'toekennen' | 'afwijzen' | null;
  eligible: boolean | null;
  reasons: string[];
  amount: number | null;
  period: GrantPeriod | null;
  route: string | null;
  routeReasons: LocalizedText[];
  decided: boolean;
  referenceDate: string | null;
  inputs: AssessmentInput[];
  parameters: AssessmentParameter[];
  registries: { registry: RegistryName; source: string; fetchedAt: string }[];
  facts: Record<string, ModelValue>;
  messages: { code: string; severity: 'error' | 'warning'; message: string }[];
  model: { file: string; sha256: string | null; regelingVersion: number } | null;
  /** The DMN engine trace (packages/dmn/src/trace/trace-types.ts). */
  trace: unknown;
  evaluatedAt: string;
}

export interface StaffDecision {
  id: string;
  outcome: DecisionOutcome;
  amount: number | null;
  period: GrantPeriod | null;
  automatic: boolean;
  assessmentId: string | null;
  decidedBy: string | null;
  motivation: string | null;
  decidedAt: string;
  sampledForReview: boolean;
  review: { verdict: ReviewVerdict; note: string; reviewedBy: string; reviewedAt: string } | null;
}

/** Per work-queue item: the newest assessment in words, without personal data. */
export interface QueueProposal {
  kind: QueueProposalKind;
  reason: string | null;
  text: LocalizedText;
}

export interface DecisionTaken {
  decisionId: string;
  status: 'besluit';
  outcome: DecisionOutcome;
  amount: number | null;
  decidedAt: string;
}

/** GET /api/werkplek/reviews: sampled automatic grants not yet reviewed. */
export interface ReviewSample {
  items: { decisionId: string; applicationId: string; reference: string | null; regeling: { id: string; name: LocalizedText }; outcome: DecisionOutcome; amount: number | null; decidedAt: string }[];
  page: number;
  hasMore: boolean;
}

export interface ReviewRecorded {
  decisionId: string;
  verdict: ReviewVerdict;
  reviewedAt: string;
}
