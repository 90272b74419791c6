import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { DomainError, invalid } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { recordAudit } from '../audit/record-audit.js';
import type { RequestContext } from '../auth/principal.js';
import { actorIdOf, loadForEditor, type Side } from './application-access.js';
import { documentView } from './application-view.js';
import { notADraft } from './application-errors.js';
import { insertDocument, selectDocuments, selectTasks } from './applications.repository.js';
import { inspectDocument } from './document-content.js';
import { versionContentOf } from '../regelingen/regeling-cache.js';

/**
 * Attaches evidence to a draft (or, with a task, to a request for more information). A staff member
 * entering a paper application attaches the scan as evidence "scan".
 */
export async function uploadDocument(options: { db: Db; side: Side; ctx: RequestContext; id: string; input: { evidenceId: string; taskId?: string | undefined; fileName: string; content: Buffer } }) {
  const { db, ctx, id, input } = options;
  const inspected = await inspectDocument(input.fileName, input.content);
  return db.transaction(async (tx) => {
    const { application, editor } = await loadForEditor(tx, ctx, id, { side: options.side, forUpdate: true });
    const version = (await versionContentOf(tx, application.regelingId, application.regelingVersion))!;
    if (input.taskId) {
      const task = (await selectTasks(tx, id)).find((t) => t.id === input.taskId);
      if (!task || task.status !== 'open') {
        throw new DomainError('conflict', 'application.task_not_open', text('Deze vraag is al beantwoord of bestaat niet.', 'This question has already been answered or does not exist.'));
      }
    } else {
      if (application.status !== 'concept') throw notADraft();
      const evidence = version.content.meta.evidence.find((e) => e.id === input.evidenceId);
      const isScan = input.evidenceId === 'scan' && editor.kind === 'staff';
      if (!evidence && !isScan) throw invalid([{ name: 'evidenceId', code: 'document.unknown_evidence', message: text('Dit soort bewijsstuk hoort niet bij deze aanvraag.', 'This kind of evidence does not belong to this application.') }]);
      const count = (await selectDocuments(tx, id)).filter((d) => d.evidenceId === input.evidenceId).length;
      const max = evidence?.maxFiles ?? 5;
      if (count >= max) {
        throw invalid([{ name: 'file', code: 'document.too_many', message: text(`U kunt hier hoogstens ${max} bestanden toevoegen. Verwijder eerst een bestand.`, `You can add at most ${max} files here. Remove a file first.`) }]);
      }
    }
    const row = await insertDocument(tx, {
      id: randomUUID(),
      applicationId: id,
      evidenceId: input.taskId ? 'aanvulling' : input.evidenceId,
      taskId: input.taskId ?? null,
      fileName: inspected.fileName,
      mediaType: inspected.mediaType,
      sizeBytes: input.content.length,
      sha256: inspected.sha256,
      content: input.content,
      uploadedByType: editor.kind,
      uploadedBy: actorIdOf(editor),
    });
    await recordAudit({
      tx,
      auth: editor.auth,
      requestId: ctx.requestId,
      action: 'application.document-added',
      subjectBsn: application.applicantBsn,
      ground: `aanvraag ${application.regelingId}`,
      details: { applicationId: id, documentId: row.id, evidenceId: row.evidenceId, mediaType: row.mediaType, sizeBytes: row.sizeBytes },
    });
    return documentView(row);
  });
}
