import type { Db } from '../../db/database.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { invalidVersionState, versionNotFound } from './regeling-errors.js';
import { selectVersion, updateVersion } from './regelingen.repository.js';

/**
 * Withdraws a published version: no new applications start under it (the previous published
 * version becomes current again, or the regeling closes when none is left). Applications already
 * started keep it, so their decisions stay reproducible.
 */
export async function withdrawVersion(options: { db: Db; ctx: RequestContext; regelingId: string; version: number; reason: string }) {
  const auth = authorizeStaff(options.ctx, 'regeling.manage');
  const { db, regelingId, version } = options;
  return db.transaction(async (tx) => {
    const row = await selectVersion(tx, regelingId, version, { forUpdate: true });
    if (!row) throw versionNotFound();
    if (row.status !== 'gepubliceerd') throw invalidVersionState();
    await updateVersion(tx, regelingId, version, { status: 'ingetrokken' });
    await recordAudit({ tx, auth, requestId: options.ctx.requestId, action: 'regeling.version-withdrawn', ground: 'beheer-regelingen', details: { regeling: regelingId, version, reason: options.reason } });
    return { regelingId, version, status: 'ingetrokken' as const };
  });
}
