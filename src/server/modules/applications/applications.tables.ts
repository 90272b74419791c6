import { sql } from 'drizzle-orm';
import { bigserial, date, foreignKey, index, integer, jsonb, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../db/bytea.js';
import { regelingVersions } from '../regelingen/regelingen.tables.js';

export const applicationStatuses = ['concept', 'medeondertekening', 'ontvangen', 'in-behandeling', 'aanvullende-informatie', 'besluit', 'ingetrokken'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Which base registry answered a prefill, and when (as the registry connector reported it). */
export type PrefillSourceUsed = { registry: 'persons' | 'businesses'; source: string; fetchedAt: string };

/** Reference numbers for submitted applications (shown as e.g. 2026-000123). */
export const applicationReferenceSeq = pgSequence('application_reference_seq', { startWith: 1 });

/**
 * An aanvraag, from draft (concept) to decision. The draft is the application: submitting changes
 * its status under a row lock, which is why a double submit can never make two applications.
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').unique(),
    regelingId: text('regeling_id').notNull(),
    regelingVersion: integer('regeling_version').notNull(),
    applicantBsn: text('applicant_bsn').notNull(),
    channel: text('channel', { enum: ['digitaal', 'papier'] }).notNull(),
    status: text('status', { enum: applicationStatuses }).notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** The registry values the form was prefilled with, and where they came from (`sources`: per registry, since the connectors). */
    prefill: jsonb('prefill').$type<{ source: string; fetchedAt: string; values: Record<string, unknown>; sources?: PrefillSourceUsed[] }>().notNull(),
    currentPage: text('current_page'),
    /** Increases with every saved change; a save based on an older revision is refused. */
    revision: integer('revision').notNull().default(0),
    extendsApplicationId: uuid('extends_application_id'),
    cosignerBsn: text('cosigner_bsn'),
    cosignedAt: timestamp('cosigned_at', { withTimezone: true }),
    /** The staff member who entered a paper application. */
    enteredBy: uuid('entered_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** Received complete (and co-signed where needed): the decision term starts here. */
    receivedAt: timestamp('received_at', { withTimezone: true }),
    decisionTermWeeks: integer('decision_term_weeks'),
    decisionDue: date('decision_due', { mode: 'string' }),
    suspendedSince: date('suspended_since', { mode: 'string' }),
    suspendedDays: integer('suspended_days').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.regelingId, t.regelingVersion], foreignColumns: [regelingVersions.regelingId, regelingVersions.version] }),
    index('applications_applicant_idx').on(t.applicantBsn, t.createdAt),
    index('applications_cosigner_idx').on(t.cosignerBsn),
    index('applications_queue_idx').on(t.status, t.decisionDue),
    // One open draft per resident and regeling: starting twice continues the same draft.
    uniqueIndex('applications_one_draft_idx').on(t.applicantBsn, t.regelingId).where(sql`${t.status} = 'concept' and ${t.channel} = 'digitaal'`),
  ],
);

/** Evidence and scans. Content is checked by its bytes (PDF, JPEG, PNG), never by its name. */
export const applicationDocuments = pgTable(
  'application_documents',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    /** The evidence id of the regeling version, "scan" for a paper form, or "aanvulling" for a task answer. */
    evidenceId: text('evidence_id').notNull(),
    taskId: uuid('task_id'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type', { enum: ['application/pdf', 'image/jpeg', 'image/png'] }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedByType: text('uploaded_by_type', { enum: ['resident', 'staff'] }).notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('application_documents_application_idx').on(t.applicationId)],
);

/** The timeline the resident and staff see. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order: several events of one change share a timestamp. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    type: text('type').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorType: text('actor_type', { enum: ['resident', 'staff', 'system'] }).notNull(),
    actorId: text('actor_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('application_events_application_idx').on(t.applicationId, t.seq)],
);

/** A request for more information (hersteltermijn): the decision term stands still while it is open. */
export const applicationTasks = pgTable(
  'application_tasks',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    question: text('question').notNull(),
    requestedBy: uuid('requested_by').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['open', 'beantwoord', 'vervallen'] }).notNull(),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [index('application_tasks_application_idx').on(t.applicationId)],
);
