import type { Db } from '../../db/database.js';
import { todayInAmsterdam } from '../../../shared/forms/formats.js';
import { DomainError } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { recordAudit } from '../audit/record-audit.js';
import type { RequestContext } from '../auth/principal.js';
import { loadForEditor, type Side } from './application-access.js';
import { answerTask as markAnswered, insertEvents, selectDocuments, selectTasks, updateApplication } from './applications.repository.js';
import { decisionDueDate, suspensionDays } from './decision-term.js';

/**
 * The resident answers a request for more information (with documents uploaded to the task).
 * When no question is left open, the decision term resumes, moved by the days it stood still.
 */
export async function answerTask(options: { db: Db; side: Side; ctx: RequestContext; id: string; taskId: string; answer: string }) {
  const { db, ctx, id, taskId } = options;
  return db.transaction(async (tx) => {
    const { application, editor } = await loadForEditor(tx, ctx, id, { side: options.side, forUpdate: true });
    const tasks = await selectTasks(tx, id);
    const task = tasks.find((t) => t.id === taskId);
    if (!task || task.status !== 'open') {
      throw new DomainError('conflict', 'application.task_not_open', text('Deze vraag is al beantwoord of bestaat niet.', 'This question has already been answered or does not exist.'));
    }
    const attached = (await selectDocuments(tx, id)).filter((d) => d.taskId === taskId).length;
    if (!options.answer.trim() && attached === 0) {
      throw new DomainError('invalid', 'application.answer_empty', text('Geef een antwoord of voeg een document toe.', 'Give an answer or add a document.'), [
        { name: 'answer', code: 'application.answer_empty', message: text('Geef een antwoord of voeg een document toe.', 'Give an answer or add a document.') },
      ]);
    }
    await markAnswered(tx, taskId, options.answer.trim());
    const now = new Date();
    const today = todayInAmsterdam(now);
    const stillOpen = tasks.filter((t) => t.status === 'open' && t.id !== taskId).length;
    let patch = {};
    if (stillOpen === 0 && application.suspendedSince) {
      const suspendedDays = application.suspendedDays + suspensionDays(application.suspendedSince, today);
      const receivedOn = todayInAmsterdam(application.receivedAt!);
      patch = { status: 'in-behandeling' as const, suspendedSince: null, suspendedDays, decisionDue: decisionDueDate(receivedOn, application.decisionTermWeeks ?? 8, suspendedDays) };
    }
    const updated = await updateApplication(tx, id, patch);
    await insertEvents(tx, [
      { applicationId: id, type: 'informatie-ontvangen', occurredAt: now, actorType: editor.kind, actorId: editor.kind === 'staff' ? editor.auth.principal.staffUserId : editor.auth.principal.sessionId, details: { taskId, documents: attached, termResumed: stillOpen === 0, decisionDue: updated.decisionDue } },
    ]);
    await recordAudit({
      tx,
      auth: editor.auth,
      requestId: ctx.requestId,
      action: 'application.task-answered',
      subjectBsn: application.applicantBsn,
      ground: `aanvraag ${application.regelingId}`,
      details: { applicationId: id, taskId, documents: attached },
    });
    return { status: updated.status, decisionDue: updated.decisionDue };
  });
}
