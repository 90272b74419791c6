import type { Db } from '../../db/database.js';
import { notFound } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import type { PersonRegistry } from '../registry/person-registry.js';
import { accessPurposes } from '../persons/access-purposes.js';
import { findContactMoment } from './contact-moments.repository.js';

/** Opens one contact moment with the resident it concerns; a recorded read. */
export async function getContactMoment(options: { db: Db; registry: PersonRegistry; ctx: RequestContext; id: string }) {
  const { db, registry, ctx, id } = options;
  const auth = authorizeStaff(ctx, 'person.read');
  const cm = await findContactMoment(db, id);
  if (!cm) throw notFound('contact-moment.not_found', text('Dit contactmoment bestaat niet.', 'This contact moment does not exist.'));
  const person = await registry.findByBsn(cm.subjectBsn);
  await db.transaction((tx) =>
    recordAudit({
      tx,
      auth,
      requestId: ctx.requestId,
      action: 'person.read',
      subjectBsn: cm.subjectBsn,
      ground: `vraag-inwoner: ${accessPurposes['vraag-inwoner'].ground}`,
      details: { purpose: 'vraag-inwoner', view: 'contact-moment', contactMomentId: cm.id },
    }),
  );
  const { subjectBsn, ...rest } = cm;
  return {
    contactMoment: { ...rest, registeredAt: cm.registeredAt.toISOString() },
    subject: { bsn: subjectBsn, name: person?.name.full ?? null },
  };
}
