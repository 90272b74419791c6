import type { Db } from '../../db/database.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import type { PersonRegistry } from '../registry/person-registry.js';
import { applicationNotFound } from './application-errors.js';
import { applicationView } from './application-view.js';
import { selectApplication } from './applications.repository.js';
import { staffAssessmentView } from '../assessment/assessment-view.js';

/** A staff member opens an application: a recorded read of the applicant (and co-signer) with the purpose, with the newest assessment and the decision. */
export async function openApplication(options: { db: Db; registry: PersonRegistry; ctx: RequestContext; id: string }) {
  const auth = authorizeStaff(options.ctx, 'application.read');
  const { db, ctx, id } = options;
  const application = await selectApplication(db, id);
  // A paper draft is visible to whoever may enter paper applications; other drafts are the resident's own.
  if (!application || (application.status === 'concept' && application.channel !== 'papier')) throw applicationNotFound();
  const applicant = await options.registry.findByBsn(application.applicantBsn);
  await db.transaction((tx) =>
    recordAudit({ tx, auth, requestId: ctx.requestId, action: 'application.read', subjectBsn: application.applicantBsn, ground: `behandeling aanvraag ${application.regelingId}`, details: { applicationId: id, view: 'application' } }),
  );
  const [view, assessment] = await Promise.all([applicationView(db, application, 'staff'), staffAssessmentView(db, id)]);
  return { ...view, ...assessment, applicant: { bsn: application.applicantBsn, name: applicant?.name.full ?? null } };
}
