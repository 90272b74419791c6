import type { Db } from '../../db/database.js';
import { todayInAmsterdam } from '../../../shared/forms/formats.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import type { ApplicationStatus } from './applications.tables.js';
import { selectQueue } from './applications.repository.js';
import { daysBetween } from './decision-term.js';
import { queueProposalOf, type QueueProposal } from '../assessment/queue-proposal.js';

const open: ApplicationStatus[] = ['ontvangen', 'in-behandeling', 'aanvullende-informatie', 'medeondertekening'];

/**
 * The work queue: submitted applications by deadline, without personal data (reference, regeling,
 * status, dates, the newest assessment's proposal in words). Opening one is a recorded read.
 */
export async function listApplicationQueue(options: {
  db: Db;
  ctx: RequestContext;
  filter: { status?: ApplicationStatus | undefined; regelingId?: string | undefined; proposal?: QueueProposal | undefined; page: number };
}) {
  authorizeStaff(options.ctx, 'application.read');
  const { filter } = options;
  const limit = 50;
  // A resident's own draft is theirs until it is sent; staff only see drafts of paper applications they enter.
  const channel = filter.status === 'concept' ? ('papier' as const) : undefined;
  const rows = await selectQueue(options.db, { statuses: filter.status ? [filter.status] : open, regelingId: filter.regelingId, channel, proposal: filter.proposal, limit: limit + 1, offset: (filter.page - 1) * limit });
  const today = todayInAmsterdam();
  return {
    items: rows.slice(0, limit).map(({ application: a, regelingName, openTasks, proposal, proposalReason }) => ({
      id: a.id,
      reference: a.reference,
      regeling: { id: a.regelingId, name: regelingName },
      status: a.status,
      channel: a.channel,
      submittedAt: a.submittedAt?.toISOString() ?? null,
      decisionDue: a.decisionDue,
      daysLeft: a.decisionDue ? daysBetween(today, a.decisionDue) : null,
      suspended: Boolean(a.suspendedSince),
      openTasks,
      proposal: queueProposalOf(proposal as QueueProposal, proposalReason),
    })),
    page: filter.page,
    hasMore: rows.length > limit,
  };
}
