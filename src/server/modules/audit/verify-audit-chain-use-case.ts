import type { Db } from '../../db/database.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { verifyAuditChain } from './verify-audit-chain.js';

export async function verifyAuditChainAsStaff(options: { db: Db; ctx: RequestContext }) {
  authorizeStaff(options.ctx, 'audit.verify');
  return verifyAuditChain({ db: options.db });
}
