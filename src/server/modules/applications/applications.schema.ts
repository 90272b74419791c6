import { z } from 'zod';
import { bsnSchema } from '../../shared/bsn.js';
import { applicationStatuses } from './applications.tables.js';
import { outcomeSchema, queueProposals, queueProposalSchema, staffAssessmentSchema, staffDecisionSchema } from '../assessment/assessment.schema.js';

const localized = z.object({ nl: z.string(), en: z.string() });

export const idParams = z.strictObject({ id: z.uuid() });
export const documentParams = z.strictObject({ id: z.uuid(), documentId: z.uuid() });
export const taskParams = z.strictObject({ id: z.uuid(), taskId: z.uuid() });

export const startApplicationBody = z.strictObject({ regelingId: z.string().min(1).max(50), extends: z.uuid().optional() });
export const startPaperApplicationBody = z.strictObject({ regelingId: z.string().min(1).max(50), bsn: bsnSchema });

export const saveDraftBody = z.strictObject({
  revision: z.number().int().min(0),
  pageId: z.string().min(1).max(50),
  answers: z.record(z.string(), z.unknown()),
  currentPage: z.string().min(1).max(50).optional(),
});

/** "Ik verklaar dat ik alles naar waarheid en volledig heb ingevuld." Must be true. */
const declaration = z.boolean().refine((v) => v, { params: { code: 'declaration.required' } });

export const submitBody = z.strictObject({
  declaration,
  lang: z.enum(['nl', 'en']).default('nl'),
});

export const cosignBody = z.strictObject({ declaration });

export const answerTaskBody = z.strictObject({ answer: z.string().max(4000).default('') });

export const requestInformationBody = z.strictObject({
  question: z.string().trim().min(5).max(2000),
  dueDate: z.iso.date(),
  lang: z.enum(['nl', 'en']).default('nl'),
});

export const queueQuery = z.strictObject({
  status: z.enum(applicationStatuses).optional(),
  proposal: z.enum(queueProposals).optional().describe('Only items whose newest assessment proposes this (wacht: not assessed yet)'),
  regelingId: z.string().max(50).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

const fieldError = z.object({ name: z.string(), code: z.string(), message: localized });

export const documentSchema = z.object({
  id: z.uuid(),
  evidenceId: z.string(),
  taskId: z.uuid().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  uploadedByType: z.string(),
  createdAt: z.iso.datetime(),
});

export const applicationSchema = z
  .object({
    id: z.uuid(),
    reference: z.string().nullable(),
    status: z.enum(applicationStatuses),
    channel: z.enum(['digitaal', 'papier']),
    role: z.enum(['applicant', 'cosigner', 'staff']),
    regeling: z.object({ id: z.string(), name: localized, version: z.number().int(), label: localized }),
    data: z.record(z.string(), z.unknown()),
    currentPage: z.string().nullable(),
    revision: z.number().int(),
    visiblePages: z.array(z.string()),
    requiredEvidence: z.array(z.string()),
    documents: z.array(documentSchema),
    events: z.array(z.object({ type: z.string(), occurredAt: z.iso.datetime(), actorType: z.string(), details: z.record(z.string(), z.unknown()) })),
    tasks: z.array(
      z.object({ id: z.uuid(), question: z.string(), requestedAt: z.iso.datetime(), dueDate: z.string(), status: z.string(), answer: z.string().nullable(), answeredAt: z.iso.datetime().nullable() }),
    ),
    submittedAt: z.iso.datetime().nullable(),
    receivedAt: z.iso.datetime().nullable(),
    decisionTermWeeks: z.number().int().nullable(),
    decisionDue: z.string().nullable(),
    suspendedSince: z.string().nullable(),
    cosign: z.object({ required: z.boolean(), cosignedAt: z.iso.datetime().nullable(), pending: z.boolean() }),
    extendsApplicationId: z.uuid().nullable(),
    outcome: outcomeSchema.nullable().describe('The decision with "hoe is dit berekend"; null until a decision is taken (a proposal is never shown here)'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Application' });

export const staffApplicationSchema = applicationSchema
  .extend({
    applicant: z.object({ bsn: z.string(), name: z.string().nullable() }),
    assessment: staffAssessmentSchema.nullable().describe('The newest automatic assessment; null before the first run'),
    decision: staffDecisionSchema.nullable(),
  })
  .meta({ id: 'StaffApplication' });

export const saveDraftResponse = z.object({ revision: z.number().int(), pageErrors: z.array(fieldError), visiblePages: z.array(z.string()), requiredEvidence: z.array(z.string()) });

export const receiptSchema = z
  .object({ id: z.uuid(), reference: z.string(), status: z.enum(applicationStatuses), submittedAt: z.iso.datetime(), decisionDue: z.string().nullable(), alreadySubmitted: z.boolean() })
  .meta({ id: 'Receipt' });

export const myApplicationsSchema = z.array(
  z.object({
    id: z.uuid(),
    reference: z.string().nullable(),
    regeling: z.object({ id: z.string(), name: localized, version: z.number().int() }),
    status: z.enum(applicationStatuses),
    channel: z.string(),
    role: z.enum(['applicant', 'cosigner']),
    awaitingMySignature: z.boolean(),
    createdAt: z.iso.datetime(),
    submittedAt: z.iso.datetime().nullable(),
    decisionDue: z.string().nullable(),
  }),
);

export const queueSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      reference: z.string().nullable(),
      regeling: z.object({ id: z.string(), name: localized }),
      status: z.enum(applicationStatuses),
      channel: z.string(),
      submittedAt: z.iso.datetime().nullable(),
      decisionDue: z.string().nullable(),
      daysLeft: z.number().int().nullable(),
      suspended: z.boolean(),
      openTasks: z.number().int(),
      proposal: queueProposalSchema,
    }),
  ),
  page: z.number().int(),
  hasMore: z.boolean(),
});
