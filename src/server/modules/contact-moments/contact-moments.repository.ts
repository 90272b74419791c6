import { aliasedTable, and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { staffUsers } from '../staff/staff.tables.js';
import { contactMoments } from './contact-moments.tables.js';

export type ContactMomentRow = typeof contactMoments.$inferSelect;

const registeredBy = aliasedTable(staffUsers, 'registered_by_user');
const assignedTo = aliasedTable(staffUsers, 'assigned_to_user');

const listColumns = {
  id: contactMoments.id,
  subjectBsn: contactMoments.subjectBsn,
  channel: contactMoments.channel,
  topic: contactMoments.topic,
  summary: contactMoments.summary,
  status: contactMoments.status,
  registeredAt: contactMoments.registeredAt,
  registeredByName: registeredBy.displayName,
  assignedToName: assignedTo.displayName,
};

function baseQuery(db: Db) {
  return db
    .select(listColumns)
    .from(contactMoments)
    .leftJoin(registeredBy, eq(contactMoments.registeredBy, registeredBy.id))
    .leftJoin(assignedTo, eq(contactMoments.assignedTo, assignedTo.id));
}

export type ContactMomentListItem = Awaited<ReturnType<typeof listContactMomentsOfSubject>>[number];

export function listContactMomentsOfSubject(db: Db, subjectBsn: string, limit = 100) {
  return baseQuery(db).where(eq(contactMoments.subjectBsn, subjectBsn)).orderBy(desc(contactMoments.registeredAt)).limit(limit);
}

export function listOpenAssignedTo(db: Db, staffUserId: string, limit: number) {
  return baseQuery(db)
    .where(and(eq(contactMoments.assignedTo, staffUserId), eq(contactMoments.status, 'open')))
    .orderBy(desc(contactMoments.registeredAt))
    .limit(limit);
}

export async function countOpenAssignedTo(db: Db, staffUserId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(contactMoments)
    .where(and(eq(contactMoments.assignedTo, staffUserId), eq(contactMoments.status, 'open')));
  return row?.n ?? 0;
}

export async function findContactMoment(db: Db, id: string) {
  const [row] = await baseQuery(db).where(eq(contactMoments.id, id));
  return row;
}

export async function insertContactMoment(db: Db, row: typeof contactMoments.$inferInsert): Promise<ContactMomentRow> {
  const [inserted] = await db.insert(contactMoments).values(row).returning();
  return inserted!;
}
