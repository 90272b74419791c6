import type { Db } from '../../db/database.js';
import { invalid } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { sha256 } from '../assessment/evaluate-model.js';
import { contentHash } from './content-hash.js';
import { versionNotEditable, versionNotFound } from './regeling-errors.js';
import { selectVersion, updateVersion } from './regelingen.repository.js';
import { replaceableFiles, versionFileProblems } from './version-file-problems.js';

/**
 * Replaces a decision model (.dmn, e.g. made in the bpmn.io or Camunda modeler) or an examples
 * file of a draft version. The file is checked before anything changes; its example cases are not
 * run here (they may fail while the administrator works on model and examples in turn), publishing
 * refuses the version while one fails.
 */
export async function updateVersionFile(options: { db: Db; ctx: RequestContext; regelingId: string; version: number; path: string; content: string }) {
  const auth = authorizeStaff(options.ctx, 'regeling.manage');
  const { db, regelingId, version, path, content } = options;
  return db.transaction(async (tx) => {
    const row = await selectVersion(tx, regelingId, version, { forUpdate: true });
    if (!row) throw versionNotFound();
    if (row.status !== 'concept') throw versionNotEditable();
    const allowed = replaceableFiles(row.content.meta, row.files);
    if (!allowed.includes(path)) {
      throw invalid(
        [
          {
            name: 'path',
            code: 'regeling.file_not_replaceable',
            message: text(
              `Dit bestand hoort niet bij deze versie. U kunt vervangen: ${allowed.join(', ') || '(geen)'}.`,
              `This file does not belong to this version. You can replace: ${allowed.join(', ') || '(none)'}.`,
            ),
          },
        ],
        'regeling.file_invalid',
      );
    }
    const problems = await versionFileProblems(row.content.meta, path, content);
    if (problems.length) throw invalid(problems, 'regeling.file_invalid');
    const files = { ...row.files, [path]: content };
    const updated = await updateVersion(tx, regelingId, version, { files, contentHash: contentHash({ content: row.content, files }) });
    await recordAudit({
      tx,
      auth,
      requestId: options.ctx.requestId,
      action: 'regeling.version-file-updated',
      ground: 'beheer-regelingen',
      details: { regeling: regelingId, version, path, fileSha256: sha256(content), previousSha256: row.files[path] === undefined ? null : sha256(row.files[path]), hash: updated.contentHash },
    });
    return { regelingId, version, path, sha256: sha256(content) };
  });
}
