import type { Db } from '../../db/database.js';
import { notFound } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { recordAudit } from '../audit/record-audit.js';
import type { RequestContext } from '../auth/principal.js';
import { loadForEditor, type Side } from './application-access.js';
import { notADraft } from './application-errors.js';
import { markDocumentRemoved, selectDocuments, selectTasks } from './applications.repository.js';

/** Removes a document before it is sent: from a draft, or from a task that is still open. */
export async function removeDocument(options: { db: Db; side: Side; ctx: RequestContext; id: string; documentId: string }) {
  const { db, ctx, id, documentId } = options;
  return db.transaction(async (tx) => {
    const { application, editor } = await loadForEditor(tx, ctx, id, { side: options.side, forUpdate: true });
    const document = (await selectDocuments(tx, id)).find((d) => d.id === documentId);
    if (!document) throw notFound('document.not_found', text('Dit document bestaat niet.', 'This document does not exist.'));
    const openTask = document.taskId && (await selectTasks(tx, id)).some((t) => t.id === document.taskId && t.status === 'open');
    if (application.status !== 'concept' && !openTask) throw notADraft();
    await markDocumentRemoved(tx, id, documentId);
    await recordAudit({
      tx,
      auth: editor.auth,
      requestId: ctx.requestId,
      action: 'application.document-removed',
      subjectBsn: application.applicantBsn,
      ground: `aanvraag ${application.regelingId}`,
      details: { applicationId: id, documentId },
    });
  });
}
