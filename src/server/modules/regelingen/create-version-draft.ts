import type { Db } from '../../db/database.js';
import { DomainError } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { contentHash } from './content-hash.js';
import { regelingNotFound, versionNotFound } from './regeling-errors.js';
import { insertVersion, selectRegeling, selectVersions } from './regelingen.repository.js';

/** Starts a new version as a copy of an existing one (the newest by default), to change and then publish. */
export async function createVersionDraft(options: { db: Db; ctx: RequestContext; regelingId: string; basedOn?: number }) {
  const auth = authorizeStaff(options.ctx, 'regeling.manage');
  const { db, regelingId } = options;
  return db.transaction(async (tx) => {
    if (!(await selectRegeling(tx, regelingId))) throw regelingNotFound();
    const versions = await selectVersions(tx, regelingId);
    if (versions.some((v) => v.status === 'concept')) {
      throw new DomainError(
        'conflict',
        'regeling.draft_exists',
        text('Er is al een conceptversie. Werk die bij of publiceer die eerst.', 'There already is a draft version. Update or publish it first.'),
      );
    }
    const base = options.basedOn ? versions.find((v) => v.version === options.basedOn) : versions.at(-1);
    if (!base) throw versionNotFound();
    const version = (versions.at(-1)?.version ?? 0) + 1;
    const content = { ...base.content, meta: { ...base.content.meta, version } };
    const row = await insertVersion(tx, {
      regelingId,
      version,
      status: 'concept',
      content,
      files: base.files,
      contentHash: contentHash({ content, files: base.files }),
      origin: 'werkplek',
      createdBy: auth.principal.staffUserId,
    });
    await recordAudit({ tx, auth, requestId: options.ctx.requestId, action: 'regeling.version-draft-created', ground: 'beheer-regelingen', details: { regeling: regelingId, version, basedOn: base.version } });
    return { regelingId, version: row.version };
  });
}
