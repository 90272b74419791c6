import { and, asc, desc, eq, inArray, isNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { executeNamed, preparedLookup, preparedQuery } from '../../db/prepared.js';
import type { ApplicationRow } from '../applications/applications.repository.js';
import { applicationEvents, applications, type ApplicationStatus } from '../applications/applications.tables.js';
import { regelingen } from '../regelingen/regelingen.tables.js';
import { assessments, decisions } from './assessment.tables.js';

export type AssessmentRow = typeof assessments.$inferSelect;
export type NewAssessment = Omit<typeof assessments.$inferInsert, 'seq'>;
export type DecisionRow = typeof decisions.$inferSelect;

// The assessment path selects and returns only the columns it reads: the rows carry the inputs and
// the trace, and building and parsing them was a large part of a run's time.

// Read at the start of every run: the applications of runs that start together, each with the jobs
// (of those asked about) that already stored a run for it.
const applicationsForRun = preparedLookup<{ jobIds: string[] }, { application: ApplicationRow; storedBy: string[] }>('applications_for_run', { column: applications.id, type: 'uuid' }, (db, keyCondition) =>
  db
    .select({
      application: applications,
      storedBy: sql<string[]>`array(select s.job_id from ${assessments} s where s.application_id = "applications"."id" and s.job_id = any(${sql.placeholder('jobIds')}::text[]))`,
    })
    .from(applications)
    .where(keyCondition),
);

/** For each run, the application to assess and whether this job already stored a run (a redelivered job); one query for all. */
export async function selectApplicationsForRun(db: Db, runs: { applicationId: string; jobId: string }[]): Promise<{ application: ApplicationRow | undefined; stored: boolean }[]> {
  const rows = await applicationsForRun(db, [...new Set(runs.map((r) => r.applicationId))], { jobIds: runs.map((r) => r.jobId) });
  const byId = new Map(rows.map((row) => [row.application.id, row]));
  return runs.map(({ applicationId, jobId }) => {
    const row = byId.get(applicationId);
    return { application: row?.application, stored: row?.storedBy.includes(jobId) ?? false };
  });
}

/**
 * The applications of a batch of runs, locked in id order (so two batches never wait on each other
 * in a circle), with whether each already has a decision.
 */
export async function lockForAssessment(tx: Db, ids: string[]) {
  return tx
    .select({
      id: applications.id,
      status: applications.status,
      applicantBsn: applications.applicantBsn,
      regelingId: applications.regelingId,
      // A scalar subquery over the unique index, not EXISTS: see applicationsByApplicants.
      decided: sql<boolean>`coalesce((select true from ${decisions} d where d.application_id = "applications"."id"), false)`,
    })
    .from(applications)
    .where(inArray(applications.id, ids))
    .orderBy(asc(applications.id))
    .for('update', { of: applications });
}

/** What writeAssessments reads back of an inserted run. */
export interface InsertedAssessment {
  id: string;
  applicationId: string;
  status: AssessmentRow['status'];
  handoverReason: AssessmentRow['handoverReason'];
  proposal: AssessmentRow['proposal'];
  route: AssessmentRow['route'];
  modelSha256: string | null;
  amount: number | null;
  period: AssessmentRow['period'];
}

/**
 * Inserts the runs' rows, skipping any job that already has one (a redelivered job); returns those
 * inserted. The rows travel as one JSON value (about 15 KB each: inputs, trace), so the text is
 * fixed and the statement prepared; Drizzle's builder spent more time on the values than PostgreSQL
 * did on the insert.
 */
export async function insertAssessments(tx: Db, rows: NewAssessment[]): Promise<InsertedAssessment[]> {
  if (rows.length === 0) return [];
  const input = JSON.stringify(
    rows.map((r, n) => ({
      n,
      id: r.id,
      application_id: r.applicationId,
      job_id: r.jobId,
      regeling_id: r.regelingId,
      regeling_version: r.regelingVersion,
      status: r.status,
      handover_reason: r.handoverReason ?? null,
      proposal: r.proposal ?? null,
      eligible: r.eligible ?? null,
      reasons: r.reasons,
      amount: r.amount ?? null,
      period: r.period ?? null,
      route: r.route ?? null,
      route_reasons: r.routeReasons,
      summary_reason: r.summaryReason ?? null,
      decided: r.decided,
      reference_date: r.referenceDate ?? null,
      decision_names: r.decisionNames ?? null,
      model_file: r.modelFile ?? null,
      model_sha256: r.modelSha256 ?? null,
      inputs: r.inputs,
      parameters: r.parameters,
      registries: r.registries,
      messages: r.messages,
      trace: r.trace ?? null,
      evaluated_at: r.evaluatedAt.toISOString(),
    })),
  );
  const result = await executeNamed<InsertedAssessment & Record<string, unknown>>(
    tx,
    'insert_assessments',
    sql`
    insert into ${assessments} (id, application_id, job_id, regeling_id, regeling_version, status, handover_reason, proposal, eligible, reasons, amount, period, route,
      route_reasons, summary_reason, decided, reference_date, decision_names, model_file, model_sha256, inputs, parameters, registries, messages, trace, evaluated_at)
    select id, application_id, job_id, regeling_id, regeling_version, status, handover_reason, proposal, eligible, reasons, amount, period, route,
      route_reasons, summary_reason, decided, reference_date, decision_names, model_file, model_sha256, inputs, parameters, registries, messages, trace, evaluated_at
    from jsonb_to_recordset(${input}::jsonb) as v(n int, id uuid, application_id uuid, job_id text, regeling_id text, regeling_version int, status text, handover_reason text,
      proposal text, eligible boolean, reasons jsonb, amount numeric, period jsonb, route text, route_reasons jsonb, summary_reason text, decided boolean, reference_date date,
      decision_names jsonb, model_file text, model_sha256 text, inputs jsonb, parameters jsonb, registries jsonb, messages jsonb, trace jsonb, evaluated_at timestamptz)
    order by n
    on conflict (job_id) do nothing
    returning id, application_id as "applicationId", status, handover_reason as "handoverReason", proposal, route, model_sha256 as "modelSha256", amount::float8 as amount, period`,
  );
  return result.rows;
}

/** An automatic grant (outcome toegekend) as writeAssessments makes it. */
export interface AutomaticDecision {
  id: string;
  applicationId: string;
  amount: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  assessmentId: string;
  decidedAt: Date;
  sampledForReview: boolean;
}

export interface SystemEvent {
  applicationId: string;
  type: string;
  occurredAt: Date;
  details: Record<string, unknown>;
}

/**
 * The automatic grants of a batch in one statement: the decisions, status "besluit", and the
 * timeline events of every run (grants and hand-overs, in order). Returns how many decisions were
 * inserted. The rows travel as JSON, so the text is fixed and the statement prepared; building it
 * with Drizzle's builders took longer than running it.
 */
export async function insertDecisionsAndEvents(tx: Db, rows: { decisions: AutomaticDecision[]; events: SystemEvent[] }): Promise<number> {
  if (rows.decisions.length === 0 && rows.events.length === 0) return 0;
  const decided = JSON.stringify(
    rows.decisions.map((d) => ({
      id: d.id,
      application_id: d.applicationId,
      amount: d.amount,
      period_from: d.periodFrom,
      period_to: d.periodTo,
      assessment_id: d.assessmentId,
      decided_at: d.decidedAt.toISOString(),
      sampled_for_review: d.sampledForReview,
    })),
  );
  const events = JSON.stringify(rows.events.map((e, i) => ({ n: i, application_id: e.applicationId, type: e.type, occurred_at: e.occurredAt.toISOString(), details: e.details })));
  const result = await executeNamed<{ n: number }>(
    tx,
    'insert_automatic_decisions',
    sql`
    with grants as (
      select * from jsonb_to_recordset(${decided}::jsonb) as v(id uuid, application_id uuid, amount numeric, period_from date, period_to date,
        assessment_id uuid, decided_at timestamptz, sampled_for_review boolean)
    ),
    decided as (
      insert into ${decisions} (id, application_id, outcome, amount, period_from, period_to, automatic, assessment_id, decided_at, sampled_for_review)
      select id, application_id, 'toegekend', amount, period_from, period_to, true, assessment_id, decided_at, sampled_for_review from grants
      on conflict (application_id) do nothing
      returning 1
    ),
    moved as (update ${applications} set status = 'besluit', updated_at = now() where id in (select application_id from grants)),
    logged as (
      insert into ${applicationEvents} (application_id, type, occurred_at, actor_type, actor_id, details)
      select application_id, type, occurred_at, 'system', null, details
      from jsonb_to_recordset(${events}::jsonb) as e(n int, application_id uuid, type text, occurred_at timestamptz, details jsonb)
      order by n
    )
    select (select count(*)::int from decided) as n`,
  );
  return Number(result.rows[0]!.n);
}

export async function selectLatestAssessment(db: Db, applicationId: string): Promise<AssessmentRow | undefined> {
  const [row] = await db.select().from(assessments).where(eq(assessments.applicationId, applicationId)).orderBy(desc(assessments.seq)).limit(1);
  return row;
}

export async function selectAssessment(db: Db, id: string): Promise<AssessmentRow | undefined> {
  const [row] = await db.select().from(assessments).where(eq(assessments.id, id));
  return row;
}

/** One decision per application (unique index): a second insert is a no-op and returns undefined. */
export async function insertDecision(tx: Db, row: typeof decisions.$inferInsert): Promise<DecisionRow | undefined> {
  const [inserted] = await tx.insert(decisions).values(row).onConflictDoNothing({ target: decisions.applicationId }).returning();
  return inserted;
}

export async function selectDecisionOf(db: Db, applicationId: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(decisions).where(eq(decisions.applicationId, applicationId));
  return row;
}

export async function selectDecision(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<DecisionRow | undefined> {
  const query = db.select().from(decisions).where(eq(decisions.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

// Read for every assessment of a regeling that counts earlier applications: every application by
// the BSNs of all runs that ask together, counted per run below. Status and regeling are left to the
// count on purpose: with only the BSNs to go by, the planner always takes the applicant index, where
// with the status in the query it combined the status index whenever its statistics lagged behind a
// wave of submits, and read every received application.
const applicationsByApplicants = preparedQuery<{ bsns: string[] }, { id: string; regelingId: string; applicantBsn: string; status: ApplicationStatus; rejected: boolean }[]>('applications_by_applicants', (db) =>
  db
    .select({
      id: applications.id,
      regelingId: applications.regelingId,
      applicantBsn: applications.applicantBsn,
      status: applications.status,
      // Qualified by hand: in a one-table select Drizzle writes columns unqualified, which the subquery would read as d.id.
      // A scalar subquery (at most one decision per application), not EXISTS: PostgreSQL may run an
      // EXISTS as a hashed subplan, reading the whole decisions table once per query; with the
      // statistics of a small table (few rejections expected) this prepared statement kept that plan
      // while the table grew (seen in bench:assess: a full scan of decisions every 10 applications).
      rejected: sql<boolean>`coalesce((select d.outcome = 'afgewezen' from ${decisions} d where d.application_id = "applications"."id"), false)`,
    })
    .from(applications)
    .where(sql`${applications.applicantBsn} = any(${sql.placeholder('bsns')}::text[])`),
);

const countedStatuses: readonly ApplicationStatus[] = ['ontvangen', 'in-behandeling', 'aanvullende-informatie', 'besluit'];

export interface EarlierApplicationsFilter {
  regelingId: string;
  bsns: string[];
  excludeId: string;
}

/**
 * Per filter, the earlier applications for the regeling by anyone at the address (by the BSNs living
 * there now) that were received and not rejected; this application, drafts and withdrawn ones do
 * not count. One query for all filters.
 */
export async function countEarlierApplicationsMany(db: Db, filters: EarlierApplicationsFilter[]): Promise<number[]> {
  const bsns = [...new Set(filters.flatMap((f) => f.bsns))];
  if (bsns.length === 0) return filters.map(() => 0);
  const rows = (await applicationsByApplicants(db, { bsns })).filter((r) => countedStatuses.includes(r.status) && !r.rejected);
  return filters.map((f) => rows.filter((r) => r.regelingId === f.regelingId && r.id !== f.excludeId && f.bsns.includes(r.applicantBsn)).length);
}

/**
 * The newest assessment of an application in work-queue terms, as an SQL expression on the
 * application id: 'wacht' (not assessed yet), 'handmatig' (handed over without an outcome),
 * 'toekennen' or 'afwijzen'. Used for the queue's column and its filter alike.
 */
export function queueProposalSql(applicationId: AnyColumn): SQL<string> {
  return sql<string>`coalesce((select case when a.status = 'handmatig' or a.proposal is null then 'handmatig' else a.proposal end from ${assessments} a where a.application_id = ${applicationId} order by a.seq desc limit 1), 'wacht')`;
}

/** The newest assessment's short reason (first reason, route reason or handover reason), or null. */
export function queueReasonSql(applicationId: AnyColumn): SQL<string | null> {
  return sql<string | null>`(select a.summary_reason from ${assessments} a where a.application_id = ${applicationId} order by a.seq desc limit 1)`;
}

/** Sampled automatic grants nobody has reviewed yet, oldest first, with what the list shows (no personal data). */
export function selectReviewQueue(db: Db, page: { limit: number; offset: number }) {
  return db
    .select({
      decision: decisions,
      reference: applications.reference,
      regelingId: applications.regelingId,
      regelingName: sql<{ nl: string; en: string }>`${regelingen.content}->'name'`,
    })
    .from(decisions)
    .innerJoin(applications, eq(applications.id, decisions.applicationId))
    .innerJoin(regelingen, eq(regelingen.id, applications.regelingId))
    .where(and(eq(decisions.sampledForReview, true), isNull(decisions.reviewedAt)))
    .orderBy(asc(decisions.decidedAt), asc(decisions.id))
    .limit(page.limit)
    .offset(page.offset);
}

/** Records the review once; undefined when it was already reviewed. */
export async function recordReview(tx: Db, id: string, review: { verdict: 'akkoord' | 'onjuist'; note: string; reviewedBy: string; reviewedAt: Date }): Promise<DecisionRow | undefined> {
  const [row] = await tx
    .update(decisions)
    .set({ reviewVerdict: review.verdict, reviewNote: review.note, reviewedBy: review.reviewedBy, reviewedAt: review.reviewedAt })
    .where(and(eq(decisions.id, id), eq(decisions.sampledForReview, true), isNull(decisions.reviewedAt)))
    .returning();
  return row;
}
