import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { todayInAmsterdam } from '../../../shared/forms/formats.js';
import { invalid } from '../../shared/errors.js';
import { text, type Lang } from '../../shared/localized.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { applicationNotFound, invalidStatus } from './application-errors.js';
import { queueApplicationEmail } from './application-emails.js';
import { insertEvents, insertTask, selectApplication, updateApplication } from './applications.repository.js';
import { addDays } from './decision-term.js';
import { getAt } from './form-data.js';
import { versionContentOf, regelingTextsOf } from '../regelingen/regeling-cache.js';

/**
 * Asks the applicant for missing information with a repair period (hersteltermijn, Awb 4:5). The
 * decision term stands still from today until the answer arrives (Awb 4:15); the resident gets an email
 * and sees the question as a task in Mijn loket.
 */
export async function requestInformation(options: { db: Db; ctx: RequestContext; id: string; input: { question: string; dueDate: string }; lang?: Lang }) {
  const auth = authorizeStaff(options.ctx, 'application.handle');
  const { db, ctx, id, input } = options;
  const today = todayInAmsterdam();
  if (input.dueDate < addDays(today, 1)) {
    throw invalid([{ name: 'dueDate', code: 'task.due_too_soon', message: text('Geef de inwoner minstens een dag de tijd.', 'Give the resident at least one day.') }]);
  }
  return db.transaction(async (tx) => {
    const application = await selectApplication(tx, id, { forUpdate: true });
    if (!application) throw applicationNotFound();
    if (!['ontvangen', 'in-behandeling', 'aanvullende-informatie'].includes(application.status)) {
      throw invalidStatus('Voor deze aanvraag kunt u nu geen informatie vragen.', 'You cannot ask for information for this application now.');
    }
    const now = new Date();
    const task = await insertTask(tx, { id: randomUUID(), applicationId: id, question: input.question, requestedBy: auth.principal.staffUserId, requestedAt: now, dueDate: input.dueDate, status: 'open' });
    const updated = await updateApplication(tx, id, { status: 'aanvullende-informatie', suspendedSince: application.suspendedSince ?? today });
    await insertEvents(tx, [{ applicationId: id, type: 'informatie-gevraagd', occurredAt: now, actorType: 'staff', actorId: auth.principal.staffUserId, details: { taskId: task.id, dueDate: input.dueDate } }]);
    await recordAudit({ tx, auth, requestId: ctx.requestId, action: 'application.information-requested', subjectBsn: application.applicantBsn, ground: `aanvraag ${application.regelingId}`, details: { applicationId: id, taskId: task.id, dueDate: input.dueDate } });
    const version = (await versionContentOf(tx, application.regelingId, application.regelingVersion))!;
    const pointer = version.content.meta.contact.email;
    const email = pointer ? getAt(application.data, pointer) : undefined;
    if (typeof email === 'string' && email) {
      const regeling = (await regelingTextsOf(tx, application.regelingId))!;
      await queueApplicationEmail({ tx, kind: 'informatie-gevraagd', to: email, application: updated, regelingName: regeling.content.name, lang: options.lang ?? 'nl', key: task.id });
    }
    return { taskId: task.id, status: updated.status };
  });
}
