import type { Db } from '../../db/database.js';
import { notFound } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { actorOf } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { selectCurrentVersion } from '../regelingen/regelingen.repository.js';
import type { BusinessRegistry } from '../registry/business-registry.js';
import type { PersonRegistry } from '../registry/person-registry.js';
import { regelingClosed } from './application-errors.js';
import { createDraft } from './create-draft.js';

/**
 * Assisted channel: a staff member enters a paper application for a resident. It follows the same
 * form, validation and term; it is marked "papier" and the scan of the signed form is attached.
 */
export async function startPaperApplication(options: { db: Db; registry: PersonRegistry; businesses: BusinessRegistry; ctx: RequestContext; bsn: string; regelingId: string }) {
  const auth = authorizeStaff(options.ctx, 'application.enter-paper');
  const { db, registry } = options;
  if (!(await registry.findByBsn(options.bsn))) {
    throw notFound('person.not_found', text('Deze persoon staat niet in de registratie.', 'This person is not in the registry.'));
  }
  const version = await selectCurrentVersion(db, options.regelingId);
  if (!version) throw regelingClosed();
  const application = await createDraft({
    db,
    registry,
    businesses: options.businesses,
    version,
    applicantBsn: options.bsn,
    channel: 'papier',
    actor: actorOf(auth.principal, auth.role),
    requestId: options.ctx.requestId,
    enteredBy: auth.principal.staffUserId,
  });
  return application!;
}
