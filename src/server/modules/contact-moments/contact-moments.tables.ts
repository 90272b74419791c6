import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staffUsers } from '../staff/staff.tables.js';

/** A contactmoment: a question or conversation with a resident, registered by staff. */
export const contactMoments = pgTable(
  'contact_moments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectBsn: text('subject_bsn').notNull(),
    channel: text('channel', { enum: ['telefoon', 'balie', 'email', 'brief', 'huisbezoek'] }).notNull(),
    topic: text('topic').notNull(),
    summary: text('summary').notNull(),
    status: text('status', { enum: ['open', 'afgehandeld'] }).notNull(),
    registeredBy: uuid('registered_by').references(() => staffUsers.id),
    assignedTo: uuid('assigned_to').references(() => staffUsers.id),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('contact_moments_subject_idx').on(t.subjectBsn, t.registeredAt),
    index('contact_moments_assigned_idx').on(t.assignedTo, t.status),
  ],
);
