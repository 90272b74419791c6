import { boolean, date, index, integer, json, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { RegelingFile, VersionContent } from './regeling-content.schema.js';

/** A regeling's own texts (name, summary, pre-check), imported from regeling.json. */
export const regelingen = pgTable('regelingen', {
  id: text('id').primaryKey(),
  // json, not jsonb: the documents keep their key order (the order of fields and texts an author wrote).
  content: json('content').$type<RegelingFile>().notNull(),
  contentHash: text('content_hash').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Versions of a regeling's form and rules. A published version never changes: applications keep
 * the version they were started under, and decisions can be reproduced with it.
 */
export const regelingVersions = pgTable(
  'regeling_versions',
  {
    regelingId: text('regeling_id')
      .notNull()
      .references(() => regelingen.id),
    version: integer('version').notNull(),
    status: text('status', { enum: ['concept', 'gepubliceerd', 'ingetrokken'] }).notNull(),
    content: json('content').$type<VersionContent>().notNull(),
    /** Decision models and letter texts by path in the regeling folder (decisions/x.dmn, letters/y.md). */
    files: jsonb('files').$type<Record<string, string>>().notNull(),
    contentHash: text('content_hash').notNull(),
    origin: text('origin', { enum: ['bestand', 'werkplek'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
  },
  (t) => [primaryKey({ columns: [t.regelingId, t.version] })],
);

export const regelingParameters = pgTable(
  'regeling_parameters',
  {
    regelingId: text('regeling_id')
      .notNull()
      .references(() => regelingen.id),
    key: text('key').notNull(),
    label: jsonb('label').$type<{ nl: string; en: string }>().notNull(),
    unit: text('unit').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regelingId, t.key] })],
);

/** The value of a parameter for a period. Rows are never changed; a wrong future period is withdrawn. */
export const regelingParameterPeriods = pgTable(
  'regeling_parameter_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regelingId: text('regeling_id').notNull(),
    key: text('key').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    /** A decimal number or an ISO date, as text so no precision is lost. */
    value: text('value').notNull(),
    source: text('source').notNull(),
    confirmed: boolean('confirmed').notNull(),
    note: text('note'),
    origin: text('origin', { enum: ['bestand', 'werkplek'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by'),
  },
  (t) => [
    uniqueIndex('regeling_parameter_periods_active_idx').on(t.regelingId, t.key, t.validFrom).where(sql`${t.withdrawnAt} is null`),
    index('regeling_parameter_periods_lookup_idx').on(t.regelingId, t.key),
  ],
);
