import type { Db } from '../../db/database.js';
import { queryStaffAccessForSubject } from '../audit/audit.repository.js';
import { authorizeResident } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { purposeLabel } from '../persons/access-purposes.js';

const actionLabels: Record<string, { nl: string; en: string }> = {
  'person.read': { nl: 'Gegevens bekeken', en: 'Viewed your data' },
  'person.search': { nl: 'Gevonden bij zoeken', en: 'Found in a search' },
  'contact-moment.register': { nl: 'Contactmoment vastgelegd', en: 'Recorded a contact' },
};

/** "Wie bekeek mijn gegevens": staff reads and changes of the resident's data, newest first. */
export async function listWhoViewedMyData(options: { db: Db; ctx: RequestContext; limit?: number }) {
  const { principal } = authorizeResident(options.ctx, 'loket.own-data');
  const rows = await queryStaffAccessForSubject(options.db, principal.bsn, options.limit ?? 100);
  return rows.map((row) => {
    const purpose = typeof row.details.purpose === 'string' ? row.details.purpose : (row.ground?.split(':')[0] ?? null);
    return {
      at: row.occurredAt.toISOString(),
      staffName: row.actorName ?? '',
      role: row.actorRole,
      action: actionLabels[row.action] ?? { nl: row.action, en: row.action },
      purpose: purposeLabel(purpose),
    };
  });
}
