import type { Db } from '../../db/database.js';
import { notFound } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import type { PersonRegistry } from '../registry/person-registry.js';
import { insertContactMoment } from './contact-moments.repository.js';

/** Registers a question or conversation with a resident; the record and its audit entry land together. */
export async function registerContactMoment(options: {
  db: Db;
  registry: PersonRegistry;
  ctx: RequestContext;
  input: { bsn: string; channel: 'telefoon' | 'balie' | 'email' | 'brief' | 'huisbezoek'; topic: string; summary: string; status: 'open' | 'afgehandeld' };
}) {
  const { db, registry, ctx, input } = options;
  const auth = authorizeStaff(ctx, 'contact-moment.create');
  if (!(await registry.findByBsn(input.bsn))) {
    throw notFound('person.not_found', text('Deze persoon staat niet in de registratie.', 'This person is not in the registry.'));
  }
  return db.transaction(async (tx) => {
    const row = await insertContactMoment(tx, {
      subjectBsn: input.bsn,
      channel: input.channel,
      topic: input.topic,
      summary: input.summary,
      status: input.status,
      registeredBy: auth.principal.staffUserId,
      assignedTo: input.status === 'open' ? auth.principal.staffUserId : null,
      registeredAt: new Date(),
    });
    await recordAudit({
      tx,
      auth,
      requestId: ctx.requestId,
      action: 'contact-moment.register',
      subjectBsn: input.bsn,
      ground: 'vraag-inwoner',
      details: { contactMomentId: row.id, channel: row.channel },
    });
    return row;
  });
}
