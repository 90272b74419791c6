import type { Db } from '../../db/database.js';
import { authorizeResident } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { selectApplicationsOf } from './applications.repository.js';

/** The resident's applications (drafts included) and requests to co-sign a partner's application. */
export async function listMyApplications(options: { db: Db; ctx: RequestContext }) {
  const { principal } = authorizeResident(options.ctx, 'application.own');
  const rows = await selectApplicationsOf(options.db, principal.bsn);
  return rows
    .filter(({ application: a }) => a.applicantBsn === principal.bsn || a.status !== 'concept')
    .map(({ application: a, regelingName }) => ({
      id: a.id,
      reference: a.reference,
      regeling: { id: a.regelingId, name: regelingName, version: a.regelingVersion },
      status: a.status,
      channel: a.channel,
      role: a.applicantBsn === principal.bsn ? ('applicant' as const) : ('cosigner' as const),
      awaitingMySignature: a.status === 'medeondertekening' && a.cosignerBsn === principal.bsn,
      createdAt: a.createdAt.toISOString(),
      submittedAt: a.submittedAt?.toISOString() ?? null,
      decisionDue: a.decisionDue,
    }));
}
