import type { Db } from '../../db/database.js';
import { notFound } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { loadForResident } from './application-access.js';
import { applicationNotFound } from './application-errors.js';
import { selectApplication, selectDocumentContent } from './applications.repository.js';

const missing = () => notFound('document.not_found', text('Dit document bestaat niet.', 'This document does not exist.'));

/** A document of the resident's own application. */
export async function getMyDocument(options: { db: Db; ctx: RequestContext; id: string; documentId: string }) {
  await loadForResident(options.db, options.ctx, options.id);
  const document = await selectDocumentContent(options.db, options.id, options.documentId);
  if (!document) throw missing();
  return document;
}

/** A staff member opens a document: a recorded read of the applicant's data. */
export async function getDocumentForStaff(options: { db: Db; ctx: RequestContext; id: string; documentId: string }) {
  const auth = authorizeStaff(options.ctx, 'application.read');
  const application = await selectApplication(options.db, options.id);
  if (!application || (application.status === 'concept' && application.channel !== 'papier')) throw applicationNotFound();
  const document = await selectDocumentContent(options.db, options.id, options.documentId);
  if (!document) throw missing();
  await options.db.transaction((tx) =>
    recordAudit({ tx, auth, requestId: options.ctx.requestId, action: 'application.document-read', subjectBsn: application.applicantBsn, ground: `behandeling aanvraag ${application.regelingId}`, details: { applicationId: options.id, documentId: options.documentId } }),
  );
  return document;
}
