import type { Db } from '../../db/database.js';
import { compiledFormFor } from '../regelingen/compiled-forms.js';
import { selectDocuments, selectEvents, selectTasks, type ApplicationRow, type DocumentRow } from './applications.repository.js';
import { versionContentOf, regelingTextsOf } from '../regelingen/regeling-cache.js';
import { outcomeView } from '../assessment/assessment-view.js';

export type ViewerRole = 'applicant' | 'cosigner' | 'staff';

/**
 * The whole application as the API shows it: answers, documents, timeline, tasks, term and, once
 * taken, the decision with its explanation. A proposal of the automatic assessment is not part of it.
 */
export async function applicationView(db: Db, application: ApplicationRow, role: ViewerRole) {
  const [regeling, version, documents, events, tasks, outcome] = await Promise.all([
    regelingTextsOf(db, application.regelingId),
    versionContentOf(db, application.regelingId, application.regelingVersion),
    selectDocuments(db, application.id),
    selectEvents(db, application.id),
    selectTasks(db, application.id),
    application.status === 'besluit' ? outcomeView(db, application.id) : null,
  ]);
  const form = compiledFormFor(version!);
  return {
    id: application.id,
    reference: application.reference,
    status: application.status,
    channel: application.channel,
    role,
    regeling: { id: application.regelingId, name: regeling!.content.name, version: application.regelingVersion, label: version!.content.meta.label },
    data: application.data,
    currentPage: application.currentPage,
    revision: application.revision,
    visiblePages: form.visiblePages(application.data),
    requiredEvidence: form.requiredEvidence(application.data),
    documents: documents.map(documentView),
    events: events.map((e) => ({ type: e.type, occurredAt: e.occurredAt.toISOString(), actorType: e.actorType, details: e.details })),
    tasks: tasks.map((t) => ({
      id: t.id,
      question: t.question,
      requestedAt: t.requestedAt.toISOString(),
      dueDate: t.dueDate,
      status: t.status,
      answer: t.answer,
      answeredAt: t.answeredAt?.toISOString() ?? null,
    })),
    submittedAt: application.submittedAt?.toISOString() ?? null,
    receivedAt: application.receivedAt?.toISOString() ?? null,
    decisionTermWeeks: application.decisionTermWeeks,
    decisionDue: application.decisionDue,
    suspendedSince: application.suspendedSince,
    cosign: { required: version!.content.meta.cosign === 'partner', cosignedAt: application.cosignedAt?.toISOString() ?? null, pending: application.status === 'medeondertekening' },
    extendsApplicationId: application.extendsApplicationId,
    outcome,
    createdAt: application.createdAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
  };
}

export function documentView(d: DocumentRow) {
  return { id: d.id, evidenceId: d.evidenceId, taskId: d.taskId, fileName: d.fileName, mediaType: d.mediaType, sizeBytes: d.sizeBytes, uploadedByType: d.uploadedByType, createdAt: d.createdAt.toISOString() };
}
