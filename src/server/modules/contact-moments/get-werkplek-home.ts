import type { Db } from '../../db/database.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { countOpenAssignedTo, listOpenAssignedTo } from './contact-moments.repository.js';

/** The staff member's start page: their open contact moments, without residents' personal data. */
export async function getWerkplekHome(options: { db: Db; ctx: RequestContext }) {
  const { principal } = authorizeStaff(options.ctx, 'werkplek.home');
  const [count, recent] = await Promise.all([
    countOpenAssignedTo(options.db, principal.staffUserId),
    listOpenAssignedTo(options.db, principal.staffUserId, 10),
  ]);
  return {
    displayName: principal.displayName,
    roles: principal.roles,
    openContactMoments: count,
    recentOpen: recent.map((cm) => ({ id: cm.id, channel: cm.channel, topic: cm.topic, status: cm.status, registeredAt: cm.registeredAt.toISOString() })),
  };
}
