import { bigserial, boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { JsonValue } from '@eenloket/dmn';
import { applications } from '../applications/applications.tables.js';

/** Where an input of the decision model came from (version.json `assessment.inputs`). */
export interface AssessmentInputUsed {
  /** The model's input data name. */
  name: string;
  source: 'form' | 'fact' | 'parameter';
  /** The form pointer, fact name or parameter key. */
  ref: string;
  label: { nl: string; en: string };
  value: JsonValue;
  /** The parameter's unit, or the fact's (EUR/maand for income, jaren for ages). */
  unit: string | null;
}

/** A parameter period read on the reference date: enough to find the figure again, even after it is withdrawn. */
export interface ParameterUsed {
  key: string;
  periodId: string | null;
  value: number | string | null;
  unit: string | null;
  validFrom: string | null;
  validTo: string | null;
  source: string | null;
  confirmed: boolean | null;
}

/**
 * What one base registry was asked and when: provenance and the facts derived from its answer, never
 * the raw record. 'applications' is Eenloket's own record of earlier applications at the address.
 */
export interface RegistryUsed {
  registry: 'persons' | 'businesses' | 'income' | 'applications';
  source: string;
  fetchedAt: string;
  /** The derived facts this registry's answer gave (ages, counts, averages; no names or BSNs). */
  facts: Record<string, JsonValue>;
  /** E.g. the income months averaged, or the KvK number looked up. */
  details?: Record<string, unknown>;
}

export interface AssessmentMessage {
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

/** The period a grant covers, when the model or the answers give one. */
export interface GrantPeriod {
  from: string;
  to: string;
}

/** Which decisions of the model gave the outcome. */
export interface OutcomeDecisionNames {
  eligible: string;
  reasons: string;
  amount?: string | undefined;
  route: string;
  period?: string | undefined;
}

export const assessmentStatuses = ['beoordeeld', 'handmatig'] as const;
/** Why a person takes over without an outcome: no model for the version, a model that does not load, a registry that stayed unavailable, another failure. */
export const handoverReasons = ['geen-model', 'model-fout', 'registry-unavailable', 'beoordeling-mislukt'] as const;
export type HandoverReason = (typeof handoverReasons)[number];
export const proposals = ['toekennen', 'afwijzen'] as const;
export type Proposal = (typeof proposals)[number];

/**
 * One run of the automatic assessment of an application: what the decision model was given, what it
 * said and why, with everything needed to evaluate it again later (inputs, model file and hash,
 * parameter periods, registry provenance, trace). `handmatig` means the run handed the application
 * to a person without an outcome (no model for the version, a registry that stayed unavailable).
 * Rows are never changed; a rerun adds a row, the newest counts.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    /** The pg-boss job that ran it: a redelivered job finds its row and does nothing twice. */
    jobId: text('job_id').notNull(),
    regelingId: text('regeling_id').notNull(),
    regelingVersion: integer('regeling_version').notNull(),
    status: text('status', { enum: assessmentStatuses }).notNull(),
    handoverReason: text('handover_reason', { enum: handoverReasons }),
    /** What the model proposes; null when it gave no boolean "eligible". */
    proposal: text('proposal', { enum: proposals }),
    eligible: boolean('eligible'),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    amount: numeric('amount', { precision: 12, scale: 2, mode: 'number' }),
    period: jsonb('period').$type<GrantPeriod | null>(),
    route: text('route'),
    /** The annotations of the route decision's matched rules: why a person must look. */
    routeReasons: jsonb('route_reasons').$type<{ nl: string; en: string }[]>().notNull(),
    /** The proposal in a few words for the work queue: the first reason, route reason or handover reason. */
    summaryReason: text('summary_reason'),
    /** True when this run decided the application itself (a straight-through grant). */
    decided: boolean('decided').notNull(),
    referenceDate: date('reference_date', { mode: 'string' }),
    /** The model's decisions the outcome was read from (version.json assessment.decisions). */
    decisionNames: jsonb('decision_names').$type<OutcomeDecisionNames | null>(),
    modelFile: text('model_file'),
    modelSha256: text('model_sha256'),
    inputs: jsonb('inputs').$type<AssessmentInputUsed[]>().notNull(),
    parameters: jsonb('parameters').$type<ParameterUsed[]>().notNull(),
    registries: jsonb('registries').$type<RegistryUsed[]>().notNull(),
    messages: jsonb('messages').$type<AssessmentMessage[]>().notNull(),
    /** The DMN engine's trace (plain JSON); "hoe is dit berekend" is derived from it. */
    trace: jsonb('trace').$type<unknown>(),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('assessments_job_idx').on(t.jobId), index('assessments_application_idx').on(t.applicationId, t.seq)],
);

export const decisionOutcomes = ['toegekend', 'afgewezen'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];
export const reviewVerdicts = ['akkoord', 'onjuist'] as const;

/**
 * The decision (besluit) on an application: at most one per application, which is what makes a
 * repeated assessment job harmless. Automatic only for a straight-through grant; a rejection always
 * has a staff member in `decidedBy`. A share of automatic grants is sampled for a second look.
 */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    outcome: text('outcome', { enum: decisionOutcomes }).notNull(),
    amount: numeric('amount', { precision: 12, scale: 2, mode: 'number' }),
    periodFrom: date('period_from', { mode: 'string' }),
    periodTo: date('period_to', { mode: 'string' }),
    automatic: boolean('automatic').notNull(),
    /** The assessment it follows (automatic) or that was before the person who decided. */
    assessmentId: uuid('assessment_id').references(() => assessments.id),
    decidedBy: uuid('decided_by'),
    /** The person's motivation (Awb 3:46); null for an automatic grant, whose motivation is the trace. */
    motivation: text('motivation'),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
    sampledForReview: boolean('sampled_for_review').notNull().default(false),
    reviewVerdict: text('review_verdict', { enum: reviewVerdicts }),
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('decisions_application_idx').on(t.applicationId), index('decisions_review_idx').on(t.sampledForReview, t.reviewedAt, t.decidedAt)],
);
