import type { Db } from '../../db/database.js';
import type { RequestContext } from '../auth/principal.js';
import { loadForResident } from './application-access.js';
import { applicationView } from './application-view.js';

/** The resident's own application (or one they are asked to co-sign), with timeline and tasks. */
export async function getMyApplication(options: { db: Db; ctx: RequestContext; id: string }) {
  const { application, role } = await loadForResident(options.db, options.ctx, options.id);
  return applicationView(options.db, application, role);
}
