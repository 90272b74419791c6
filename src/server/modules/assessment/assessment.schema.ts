import { z } from 'zod';
import { assessmentStatuses, decisionOutcomes, handoverReasons, proposals, reviewVerdicts } from './assessment.tables.js';

const localized = z.object({ nl: z.string(), en: z.string() });
/** A value as the model saw it: JSON (numbers, texts, booleans, dates as ISO text, lists, contexts) or null. */
const jsonValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.unknown()), z.record(z.string(), z.unknown())]).describe('A JSON value');
const period = z.object({ from: z.iso.date(), to: z.iso.date() }).meta({ id: 'GrantPeriod', description: 'The period a grant covers (inclusive)' });

/** "Hoe is dit berekend": derived from the stored trace, for the resident. */
export const explanationSchema = z
  .object({
    inputs: z.array(z.object({ label: localized, value: jsonValue, unit: z.string().optional().describe('e.g. EUR/maand, jaren, aantal, datum') })).describe('What the decision was based on'),
    steps: z.array(localized).describe('Plain-language sentences: the rules that applied and how the amount was calculated'),
    modelVersion: z
      .object({ regeling: z.string(), version: z.number().int(), model: z.string().describe('The decision model file'), sha256: z.string() })
      .nullable()
      .describe('The decision model that was used; null for a decision that departs from the automatic assessment'),
  })
  .meta({ id: 'DecisionExplanation' });

/** The decision as the resident (and staff) see it; present once a decision exists, never for a mere proposal. */
export const outcomeSchema = z
  .object({
    outcome: z.enum(decisionOutcomes),
    amount: z.number().nullable().describe('Euros; null for a rejection or a provision in kind'),
    period: period.nullable(),
    decidedAt: z.iso.datetime(),
    automatic: z.boolean().describe('Decided by the rules without a person (only ever a grant)'),
    explanation: explanationSchema,
  })
  .meta({ id: 'ApplicationOutcome' });

const message = z.object({ code: z.string(), severity: z.enum(['error', 'warning']), message: z.string() }).meta({ id: 'AssessmentMessage' });

/** The newest automatic assessment, for staff: proposal, reasons, everything it used, and the trace. */
export const staffAssessmentSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(assessmentStatuses).describe('beoordeeld: the model gave an outcome; handmatig: handed to a person without one'),
    handoverReason: z.enum(handoverReasons).nullable(),
    proposal: z.enum(proposals).nullable().describe('What the model proposes; a person decides unless it was a straight-through grant'),
    eligible: z.boolean().nullable(),
    reasons: z.array(z.string()).describe('Conditions not met'),
    amount: z.number().nullable(),
    period: period.nullable(),
    route: z.string().nullable().describe('"automatisch" or the route that sends it to a person'),
    routeReasons: z.array(localized).describe('Why a person must look: the annotations of the route rules that matched'),
    decided: z.boolean().describe('This run decided the application (straight-through grant)'),
    referenceDate: z.iso.date().nullable(),
    inputs: z.array(
      z.object({ name: z.string(), source: z.enum(['form', 'fact', 'parameter']), ref: z.string().describe('Form pointer, fact or parameter key'), label: localized, value: jsonValue, unit: z.string().nullable() }),
    ),
    parameters: z.array(
      z.object({
        key: z.string(),
        periodId: z.uuid().nullable(),
        value: z.union([z.number(), z.string()]).nullable(),
        unit: z.string().nullable(),
        validFrom: z.iso.date().nullable(),
        validTo: z.iso.date().nullable(),
        source: z.string().nullable(),
        confirmed: z.boolean().nullable(),
      }),
    ),
    registries: z.array(z.object({ registry: z.enum(['persons', 'businesses', 'income', 'applications']), source: z.string(), fetchedAt: z.iso.datetime() })).describe('Which registry answered, and when'),
    facts: z.record(z.string(), jsonValue).describe('The facts derived from the registries'),
    messages: z.array(message),
    model: z.object({ file: z.string(), sha256: z.string().nullable(), regelingVersion: z.number().int() }).nullable(),
    trace: z.unknown().describe('The DMN engine trace (see packages/dmn/README.md)'),
    evaluatedAt: z.iso.datetime(),
  })
  .meta({ id: 'StaffAssessment' });

export const staffDecisionSchema = z
  .object({
    id: z.uuid(),
    outcome: z.enum(decisionOutcomes),
    amount: z.number().nullable(),
    period: period.nullable(),
    automatic: z.boolean(),
    assessmentId: z.uuid().nullable(),
    decidedBy: z.uuid().nullable().describe('The staff member; null for an automatic grant'),
    motivation: z.string().nullable(),
    decidedAt: z.iso.datetime(),
    sampledForReview: z.boolean(),
    review: z.object({ verdict: z.enum(reviewVerdicts), note: z.string(), reviewedBy: z.uuid(), reviewedAt: z.iso.datetime() }).nullable(),
  })
  .meta({ id: 'StaffDecision' });

export const queueProposals = ['wacht', 'handmatig', 'toekennen', 'afwijzen'] as const;

/** Per work-queue item: the newest assessment in words, without personal data. */
export const queueProposalSchema = z
  .object({
    kind: z.enum(queueProposals).describe('wacht: not assessed yet; handmatig: no automatic outcome; toekennen / afwijzen: the proposal'),
    reason: z.string().nullable().describe('The first reason, the route reason or the handover reason'),
    text: localized.describe('The proposal in words'),
  })
  .meta({ id: 'QueueProposal' });

export const decisionBody = z.strictObject({
  outcome: z.enum(decisionOutcomes),
  amount: z.number().positive().max(1_000_000).multipleOf(0.01).optional(),
  period: z.strictObject({ from: z.iso.date(), to: z.iso.date() }).optional(),
  motivation: z.string().trim().min(10).max(4000).describe('Why (Awb 3:46); shown to the resident'),
});

export const decisionResponse = z
  .object({ decisionId: z.uuid(), status: z.literal('besluit'), outcome: z.enum(decisionOutcomes), amount: z.number().nullable(), decidedAt: z.iso.datetime() })
  .meta({ id: 'DecisionTaken' });

export const rerunResponse = z.object({ queued: z.literal(true), jobId: z.string() }).meta({ id: 'AssessmentQueued' });

export const reviewsQuery = z.strictObject({ page: z.coerce.number().int().min(1).max(1000).default(1) });
export const reviewParams = z.strictObject({ decisionId: z.uuid() });
export const reviewBody = z
  .strictObject({ verdict: z.enum(reviewVerdicts), note: z.string().trim().max(4000).default('').describe('Required with "onjuist": what is wrong') })
  .refine((body) => body.verdict === 'akkoord' || body.note.length >= 5, { path: ['note'], params: { code: 'review.note_required' } });

export const reviewsSchema = z
  .object({
    items: z.array(
      z.object({
        decisionId: z.uuid(),
        applicationId: z.uuid(),
        reference: z.string().nullable(),
        regeling: z.object({ id: z.string(), name: localized }),
        outcome: z.enum(decisionOutcomes),
        amount: z.number().nullable(),
        decidedAt: z.iso.datetime(),
      }),
    ),
    page: z.number().int(),
    hasMore: z.boolean(),
  })
  .meta({ id: 'ReviewSample' });

export const reviewResponse = z.object({ decisionId: z.uuid(), verdict: z.enum(reviewVerdicts), reviewedAt: z.iso.datetime() }).meta({ id: 'ReviewRecorded' });
