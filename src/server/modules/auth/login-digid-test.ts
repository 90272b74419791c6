import type { AppConfig } from '../../config/env.js';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { appendAuditEntries } from '../audit/audit.repository.js';
import type { PersonRegistry } from '../registry/person-registry.js';
import { createSession, type IssuedSession } from './sessions.js';

export const digidTestDisabled = () =>
  new DomainError(
    'not-found',
    'auth.digid_test_disabled',
    text('De DigiD-testlogin staat uit.', 'The DigiD test login is disabled.'),
  );

/**
 * The "DigiD test login" of the embedded default: pick a demo resident without DigiD.
 * Configuration refuses it when NODE_ENV=production; this check is the second lock.
 */
export async function loginDigidTest(options: {
  db: Db;
  config: AppConfig;
  registry: PersonRegistry;
  bsn: string;
  requestId: string;
}): Promise<IssuedSession> {
  const { db, config, registry, bsn, requestId } = options;
  if (!config.digidTestLogin || config.env === 'production') throw digidTestDisabled();
  const person = await registry.findByBsn(bsn);
  if (!person) {
    throw new DomainError(
      'not-found',
      'auth.test_person_unknown',
      text('Er is geen testpersoon met dit BSN.', 'There is no test person with this BSN.'),
    );
  }
  return db.transaction(async (tx) => {
    const issued = await createSession({
      tx,
      policy: config.session,
      principal: { kind: 'resident', bsn, displayName: person.name.full, authMethod: 'digid-test' },
    });
    await appendAuditEntries(tx, [
      {
        actor: { type: 'resident', id: issued.row.id, name: person.name.full, role: 'inwoner' },
        action: 'session.login',
        subjectBsn: bsn,
        requestId,
        details: { method: 'digid-test', sessionId: issued.row.id },
      },
    ]);
    return issued;
  });
}
