import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { enqueueJobs, jobRequest } from '../jobs/enqueue-job.js';
import { todayInAmsterdam } from '../../shared/forms/formats.js';
import { applicationDocuments, applicationEvents, applications, applicationTasks } from '../modules/applications/applications.tables.js';
import { nextReference } from '../modules/applications/applications.repository.js';
import { addDays, decisionDueDate } from '../modules/applications/decision-term.js';
import { applyPrefill, resolvePrefill } from '../modules/applications/resolve-prefill.js';
import { assessments } from '../modules/assessment/assessment.tables.js';
import { assessableStatuses } from '../modules/assessment/record-assessment.js';
import { runAssessmentJob } from '../modules/assessment/run-assessment.job.js';
import { compiledFormFor } from '../modules/regelingen/compiled-forms.js';
import { selectVersion } from '../modules/regelingen/regelingen.repository.js';
import type { BusinessRegistry } from '../modules/registry/business-registry.js';
import type { PersonRegistry } from '../modules/registry/person-registry.js';
import { demoUuid } from './demo-ids.js';

// Applications in the demo: a Tozo 1 application of 2020 for the self-employed painter (so the
// Tozo 2 verlenging can be shown), and energietoeslag applications in the work queue.

const demoPdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

interface DemoApplication {
  key: string;
  bsn: string;
  regelingId: string;
  version: number;
  answers: Record<string, Record<string, unknown>>;
  evidence: string[];
  submittedOn: string;
  status: 'ontvangen' | 'in-behandeling' | 'aanvullende-informatie' | 'besluit';
}

const queueKey = (i: number) => `energietoeslag-${i}`;
const applicationIdOf = (key: string) => demoUuid(`application:${key}`);

/** The ids of the first `count` work-queue applications the seed makes. */
export function demoQueueApplicationIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => applicationIdOf(queueKey(i)));
}

export async function seedDemoApplications(options: { tx: Db; registry: PersonRegistry; businesses: BusinessRegistry; tozoBsn: string; queueBsns: string[]; consultantId: string; referenceDate: Date }): Promise<number> {
  const today = todayInAmsterdam(options.referenceDate);
  const list: DemoApplication[] = [
    {
      key: 'tozo1-yilmaz',
      bsn: options.tozoBsn,
      regelingId: 'tozo',
      version: 1,
      answers: {
        aanvrager: { email: 'm.yilmaz@voorbeeld.nl', telefoon: '0612345678', iban: 'NL91ABNA0417164300' },
        huishouden: { samenwonend: false, aantalKinderen: 0 },
        bedrijf: { urencriterium: true, gevestigdInNederland: true, hoofdinkomen: true, gestartOpInschrijfdatum: true },
        periode: { maanden: ['2020-03', '2020-04', '2020-05'], winstMaart: 400, winstApril: 0, winstMei: 150 },
        inkomen: { anderInkomen: false },
      },
      evidence: ['bankafschrift'],
      submittedOn: '2020-04-06',
      status: 'besluit',
    },
    ...options.queueBsns.map((bsn, i): DemoApplication => ({
      key: queueKey(i),
      bsn,
      regelingId: 'energietoeslag',
      version: 1,
      answers: {
        aanvrager: { email: `inwoner${i}@voorbeeld.nl`, telefoon: '0201234567', iban: 'NL91ABNA0417164300' },
        huishouden: { samenwonend: false, aantalPersonenKlopt: true, alAangevraagd: false },
        inkomen: { nettoInkomen: 900 + ((i * 37) % 500), inkomenSoort: [i % 3 === 0 ? 'aow' : 'uitkering'], anderInkomen: false },
      },
      evidence: ['inkomensbewijs'],
      submittedOn: addDays(today, -1 - (i % 28)),
      status: i % 8 === 0 ? 'aanvullende-informatie' : i % 3 === 0 ? 'in-behandeling' : 'ontvangen',
    })),
  ];
  for (const item of list) await insertOne(options, item, today);
  return list.length;
}

/**
 * Enqueues the automatic assessment of each demo queue application that is still waiting for one,
 * as its submit would have: the worker runs them at start, with the demo round of the year (opened
 * before the seed), so the work queue shows the proposals and findings instead of "not assessed".
 * What the rules grant straight through leaves the queue, as it would have. Returns how many.
 */
export async function queueDemoAssessments(tx: Db, count: number): Promise<number> {
  const ids = demoQueueApplicationIds(count);
  const waiting = await tx
    .select({ id: applications.id })
    .from(applications)
    .leftJoin(assessments, eq(assessments.applicationId, applications.id))
    .where(and(inArray(applications.id, ids), inArray(applications.status, [...assessableStatuses]), isNull(assessments.id)));
  await enqueueJobs(tx, waiting.map(({ id }) => jobRequest(runAssessmentJob, { applicationId: id })));
  return waiting.length;
}

async function insertOne(options: { tx: Db; registry: PersonRegistry; businesses: BusinessRegistry; consultantId: string }, item: DemoApplication, today: string): Promise<void> {
  const { tx } = options;
  const version = await selectVersion(tx, item.regelingId, item.version);
  if (!version) throw new Error(`demo seed needs regeling ${item.regelingId} version ${item.version}`);
  const values = await resolvePrefill(options.registry, item.bsn, options.businesses);
  const data = applyPrefill(item.answers, version.content.meta.prefill, values);
  // The demo must show applications the form itself would accept; a content change that breaks this stops the seed.
  const errors = compiledFormFor(version).validateAll(data);
  if (errors.length) throw new Error(`demo application ${item.key} does not fit its form: ${errors.map((e) => e.name).join(', ')}`);
  const id = applicationIdOf(item.key);
  const at = new Date(`${item.submittedOn}T09:30:00+02:00`);
  const weeks = version.content.meta.decisionTerm.weeks;
  const suspended = item.status === 'aanvullende-informatie';
  await tx.insert(applications).values({
    id,
    reference: await nextReference(tx, Number(item.submittedOn.slice(0, 4))),
    regelingId: item.regelingId,
    regelingVersion: item.version,
    applicantBsn: item.bsn,
    channel: 'digitaal',
    status: item.status,
    data,
    prefill: { source: options.registry.source, fetchedAt: at.toISOString(), values },
    submittedAt: at,
    receivedAt: at,
    decisionTermWeeks: weeks,
    decisionDue: decisionDueDate(item.submittedOn, weeks, 0),
    suspendedSince: suspended ? addDays(item.submittedOn, 2) : null,
    createdAt: at,
    updatedAt: at,
  });
  await tx.insert(applicationDocuments).values(
    item.evidence.map((evidenceId, n) => ({
      id: demoUuid(`document:${item.key}:${n}`),
      applicationId: id,
      evidenceId,
      fileName: `${evidenceId}.pdf`,
      mediaType: 'application/pdf' as const,
      sizeBytes: demoPdf.length,
      sha256: createHash('sha256').update(demoPdf).digest('hex'),
      content: demoPdf,
      uploadedByType: 'resident' as const,
      uploadedBy: 'demo',
      createdAt: at,
    })),
  );
  const events: (typeof applicationEvents.$inferInsert)[] = [
    { applicationId: id, type: 'verstuurd', occurredAt: at, actorType: 'resident', actorId: null, details: { channel: 'digitaal' } },
    { applicationId: id, type: 'ontvangen', occurredAt: at, actorType: 'system', actorId: null, details: {} },
  ];
  if (item.status !== 'ontvangen') events.push({ applicationId: id, type: 'in-behandeling', occurredAt: new Date(at.getTime() + 86_400_000), actorType: 'staff', actorId: options.consultantId, details: {} });
  if (suspended) {
    const taskId = demoUuid(`task:${item.key}`);
    await tx.insert(applicationTasks).values({ id: taskId, applicationId: id, question: 'Wilt u de specificatie van uw uitkering van de laatste maand sturen?', requestedBy: options.consultantId, requestedAt: new Date(at.getTime() + 2 * 86_400_000), dueDate: addDays(today, 10), status: 'open' });
    events.push({ applicationId: id, type: 'informatie-gevraagd', occurredAt: new Date(at.getTime() + 2 * 86_400_000), actorType: 'staff', actorId: options.consultantId, details: { taskId } });
  }
  if (item.status === 'besluit') events.push({ applicationId: id, type: 'besluit', occurredAt: new Date(at.getTime() + 9 * 86_400_000), actorType: 'staff', actorId: options.consultantId, details: { outcome: 'toegekend' } });
  await tx.insert(applicationEvents).values(events);
}
