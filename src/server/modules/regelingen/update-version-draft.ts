import type { Db } from '../../db/database.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { contentHash } from './content-hash.js';
import type { VersionContent } from './regeling-content.schema.js';
import { versionNotEditable, versionNotFound } from './regeling-errors.js';
import type { UpdateVersionInput } from './regelingen.schema.js';
import { selectVersion, selectVersions, updateVersion } from './regelingen.repository.js';
import { throwIfProblems, versionProblems } from './version-drafts.js';

/**
 * Saves the documents of a draft version. The content must be valid (schema compiles, texts
 * translated, pointers resolve) to be saved, so a draft is always previewable and publishable.
 */
export async function updateVersionDraft(options: { db: Db; ctx: RequestContext; regelingId: string; version: number; input: UpdateVersionInput }) {
  const auth = authorizeStaff(options.ctx, 'regeling.manage');
  const { db, regelingId, version, input } = options;
  return db.transaction(async (tx) => {
    const row = await selectVersion(tx, regelingId, version, { forUpdate: true });
    if (!row) throw versionNotFound();
    if (row.status !== 'concept') throw versionNotEditable();
    const content: VersionContent = { meta: { ...input.meta, version }, schema: input.schema, ui: input.ui, en: input.en };
    throwIfProblems(versionProblems(content, await selectVersions(tx, regelingId), row.files));
    const updated = await updateVersion(tx, regelingId, version, { content, contentHash: contentHash({ content, files: row.files }) });
    await recordAudit({ tx, auth, requestId: options.ctx.requestId, action: 'regeling.version-draft-updated', ground: 'beheer-regelingen', details: { regeling: regelingId, version, hash: updated.contentHash } });
    return { regelingId, version };
  });
}
