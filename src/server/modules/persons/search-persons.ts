import type { Db } from '../../db/database.js';
import { recordAuditMany } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import type { PersonRecord, PersonRegistry, PersonSearch } from '../registry/person-registry.js';
import { accessPurposes, type AccessPurpose } from './access-purposes.js';

const MAX_RESULTS = 25;

/** Staff search in the person registry; every person shown is a read and is recorded. */
export async function searchPersons(options: {
  db: Db;
  registry: PersonRegistry;
  ctx: RequestContext;
  query: PersonSearch;
  purpose: AccessPurpose;
}): Promise<{ persons: PersonRecord[]; truncated: boolean }> {
  const auth = authorizeStaff(options.ctx, 'person.search');
  const found = await options.registry.search(options.query, MAX_RESULTS + 1);
  const persons = found.slice(0, MAX_RESULTS);
  await options.db.transaction((tx) =>
    recordAuditMany({
      tx,
      auth,
      requestId: options.ctx.requestId,
      action: 'person.search',
      // A search without results is recorded too: the attempt itself is a processing of a query.
      subjects: persons.length ? persons.map((p) => p.bsn) : [null],
      ground: `${options.purpose}: ${accessPurposes[options.purpose].ground}`,
      details: { searchType: options.query.type, results: persons.length, purpose: options.purpose },
    }),
  );
  return { persons, truncated: found.length > MAX_RESULTS };
}
