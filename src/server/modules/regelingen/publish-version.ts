import type { Db } from '../../db/database.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { versionNotEditable, versionNotFound } from './regeling-errors.js';
import { selectParameterFigures, selectVersion, selectVersions, updateVersion } from './regelingen.repository.js';
import { checkExampleCases } from '../assessment/check-example-cases.js';
import { throwIfProblems, versionProblems } from './version-drafts.js';

/**
 * Publishes a draft: from now on new applications use it; drafts and applications already started
 * keep the version they were started under. No deployment is involved. Refused while an example case
 * of its automatic assessment gives another outcome than expected.
 */
export async function publishVersion(options: { db: Db; ctx: RequestContext; regelingId: string; version: number }) {
  const auth = authorizeStaff(options.ctx, 'regeling.manage');
  const { db, regelingId, version } = options;
  return db.transaction(async (tx) => {
    const row = await selectVersion(tx, regelingId, version, { forUpdate: true });
    if (!row) throw versionNotFound();
    if (row.status !== 'concept') throw versionNotEditable();
    throwIfProblems(versionProblems(row.content, await selectVersions(tx, regelingId), row.files));
    // The assessment's example cases must give their expected outcome with the figures as they are now.
    const failures = await checkExampleCases({ meta: row.content.meta, files: row.files, ...(await selectParameterFigures(tx, regelingId)) });
    throwIfProblems(failures.map((f) => ({ name: `examples.${f.id}`, code: 'regeling.example_failed', message: { nl: f.problems.map((p) => p.nl).join(' '), en: f.problems.map((p) => p.en).join(' ') } })));
    await updateVersion(tx, regelingId, version, { status: 'gepubliceerd', publishedAt: new Date(), publishedBy: auth.principal.staffUserId });
    await recordAudit({ tx, auth, requestId: options.ctx.requestId, action: 'regeling.version-published', ground: 'beheer-regelingen', details: { regeling: regelingId, version, hash: row.contentHash } });
    return { regelingId, version, status: 'gepubliceerd' as const };
  });
}
