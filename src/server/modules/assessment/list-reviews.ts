import type { Db } from '../../db/database.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { selectReviewQueue } from './assessment.repository.js';

/**
 * The sample of automatic grants waiting for a kwaliteitsmedewerker, oldest first, without personal
 * data (reference, regeling, outcome, amount, date). Opening the application is a recorded read.
 */
export async function listReviews(options: { db: Db; ctx: RequestContext; page: number }) {
  authorizeStaff(options.ctx, 'decision.review-list');
  const limit = 50;
  const rows = await selectReviewQueue(options.db, { limit: limit + 1, offset: (options.page - 1) * limit });
  return {
    items: rows.slice(0, limit).map(({ decision, reference, regelingId, regelingName }) => ({
      decisionId: decision.id,
      applicationId: decision.applicationId,
      reference,
      regeling: { id: regelingId, name: regelingName },
      outcome: decision.outcome,
      amount: decision.amount,
      decidedAt: decision.decidedAt.toISOString(),
    })),
    page: options.page,
    hasMore: rows.length > limit,
  };
}
