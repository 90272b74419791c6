import type { Db } from '../../db/database.js';
import { notFound } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { recordAudit, recordAuditMany } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { listContactMomentsOfSubject } from '../contact-moments/contact-moments.repository.js';
import type { BusinessRegistry } from '../registry/business-registry.js';
import type { PersonRegistry } from '../registry/person-registry.js';
import { accessPurposes, type AccessPurpose } from './access-purposes.js';

/** Everything the workspace shows about one person and their household; the read is recorded. */
export async function getPersonFile(options: {
  db: Db;
  registry: PersonRegistry;
  /** Businesses are shown only where this registry can find them by owner (not the KVK API). */
  businesses: BusinessRegistry;
  ctx: RequestContext;
  bsn: string;
  purpose: AccessPurpose;
}) {
  const { db, registry, ctx, bsn, purpose } = options;
  const auth = authorizeStaff(ctx, 'person.read');
  const person = await registry.findByBsn(bsn);
  if (!person) throw notFound('person.not_found', text('Deze persoon staat niet in de registratie.', 'This person is not in the registry.'));
  const [household, businesses, contactMoments] = await Promise.all([
    registry.household(bsn),
    options.businesses.businessesOf(bsn),
    listContactMomentsOfSubject(db, bsn),
  ]);
  const ground = `${purpose}: ${accessPurposes[purpose].ground}`;
  const others = household.filter((m) => m.relation !== 'self').map((m) => m.person.bsn);
  await db.transaction(async (tx) => {
    await recordAudit({ tx, auth, requestId: ctx.requestId, action: 'person.read', subjectBsn: bsn, ground, details: { purpose, view: 'person-file' } });
    // Household members' data is shown too, so each of them can see this read in Mijn loket.
    if (others.length) {
      await recordAuditMany({ tx, auth, requestId: ctx.requestId, action: 'person.read', subjects: others, ground, details: { purpose, view: 'household-member' } });
    }
  });
  return {
    person,
    household,
    businesses: businesses ?? [],
    contactMoments: contactMoments.map(({ subjectBsn: _omit, ...cm }) => ({ ...cm, registeredAt: cm.registeredAt.toISOString() })),
    registrySource: registry.source,
  };
}
