import type { Db } from '../../db/database.js';
import { DomainError } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { actorOf } from '../audit/record-audit.js';
import { authorizeResident } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { selectCurrentVersion } from '../regelingen/regelingen.repository.js';
import type { BusinessRegistry } from '../registry/business-registry.js';
import type { PersonRegistry } from '../registry/person-registry.js';
import { applicationNotFound, regelingClosed } from './application-errors.js';
import { selectApplication, selectOpenDraft } from './applications.repository.js';
import { createDraft } from './create-draft.js';

/**
 * Starts (or continues) the resident's draft for a regeling. Starting twice gives the same draft,
 * so a double click or a second tab never makes two. With `extends`, the draft is a verlenging of
 * an earlier application and takes over its answers.
 */
export async function startApplication(options: { db: Db; registry: PersonRegistry; businesses: BusinessRegistry; ctx: RequestContext; regelingId: string; extendsId?: string | undefined }) {
  const auth = authorizeResident(options.ctx, 'application.own');
  const { db, registry, regelingId } = options;
  const bsn = auth.principal.bsn;
  const existing = await selectOpenDraft(db, bsn, regelingId);
  if (existing) return { application: existing, created: false };
  const version = await selectCurrentVersion(db, regelingId);
  if (!version) throw regelingClosed();

  let extending;
  if (options.extendsId) {
    extending = await selectApplication(db, options.extendsId);
    if (!extending || extending.applicantBsn !== bsn) throw applicationNotFound();
    const allowed = version.content.meta.extends?.versions ?? [];
    if (extending.regelingId !== regelingId || !allowed.includes(extending.regelingVersion) || extending.status === 'concept' || extending.status === 'ingetrokken') {
      throw new DomainError(
        'conflict',
        'application.cannot_extend',
        text('Deze aanvraag kan niet worden verlengd met de huidige regeling.', 'This application cannot be extended under the current scheme.'),
      );
    }
  }
  const created = await createDraft({ db, registry, businesses: options.businesses, version, applicantBsn: bsn, channel: 'digitaal', actor: actorOf(auth.principal, auth.role), requestId: options.ctx.requestId, extending });
  // Lost a race with a second request: that one created the draft.
  return created ? { application: created, created: true } : { application: (await selectOpenDraft(db, bsn, regelingId))!, created: false };
}
