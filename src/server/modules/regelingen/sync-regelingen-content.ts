import type { Db } from '../../db/database.js';
import type { Logger } from '../../observability/logger.js';
import { appendAuditEntries } from '../audit/audit.repository.js';
import { systemActor } from '../audit/record-audit.js';
import { contentHash } from './content-hash.js';
import type { LoadedRegeling } from './load-regelingen-content.js';
import { referencedFiles } from './regeling-content.schema.js';
import {
  insertPeriod,
  insertVersion,
  lockContentImport,
  selectAllPeriods,
  selectRegeling,
  selectVersion,
  upsertParameter,
  upsertRegeling,
} from './regelingen.repository.js';

export interface SyncResult {
  regelingen: number;
  importedVersions: string[];
  importedPeriods: number;
  /** Published versions whose files changed on disk: the database keeps the published content. */
  warnings: string[];
}

/**
 * Imports what is new in the content folder: regeling texts, versions not yet in the database
 * (published, as the file's starting point) and parameter periods not yet known. A published version
 * is never overwritten: a changed file for it is reported, and a new version must be made instead.
 */
export async function syncRegelingenContent(options: { db: Db; loaded: LoadedRegeling[]; logger?: Logger }): Promise<SyncResult> {
  const result: SyncResult = { regelingen: options.loaded.length, importedVersions: [], importedPeriods: 0, warnings: [] };
  await options.db.transaction(async (tx) => {
    // Two instances starting together import once.
    await lockContentImport(tx);
    for (const item of options.loaded) {
      const id = item.regeling.id;
      const changes: Record<string, unknown> = {};
      const regelingHash = contentHash(item.regeling);
      const existing = await selectRegeling(tx, id);
      if (existing?.contentHash !== regelingHash) {
        await upsertRegeling(tx, { id, content: item.regeling, contentHash: regelingHash });
        changes.regeling = existing ? 'updated' : 'created';
      }
      const versions: number[] = [];
      for (const content of item.versions) {
        const version = content.meta.version;
        const files = Object.fromEntries(
          referencedFiles(content.meta).map((ref) => [ref.file, item.files[ref.file] ?? '']),
        );
        const hash = contentHash({ content, files });
        const stored = await selectVersion(tx, id, version);
        if (!stored) {
          await insertVersion(tx, { regelingId: id, version, status: 'gepubliceerd', content, files, contentHash: hash, origin: 'bestand', publishedAt: new Date() });
          versions.push(version);
          result.importedVersions.push(`${id}@${version}`);
        } else if (stored.contentHash !== hash && stored.origin === 'bestand') {
          result.warnings.push(`${id} version ${version} changed on disk, but a published version does not change; the database keeps the published content. Make version ${version + 1} instead.`);
        }
      }
      let periods = 0;
      // A period an administrator withdrew stays withdrawn: the file does not bring it back.
      const known = new Set((await selectAllPeriods(tx, id)).map((p) => `${p.key}@${p.validFrom}`));
      for (const parameter of item.parameters.parameters) {
        await upsertParameter(tx, { regelingId: id, key: parameter.key, label: parameter.label, unit: parameter.unit });
        for (const period of parameter.periods) {
          if (known.has(`${parameter.key}@${period.validFrom}`)) continue;
          const inserted = await insertPeriod(tx, {
            regelingId: id,
            key: parameter.key,
            validFrom: period.validFrom,
            validTo: period.validTo ?? null,
            value: String(period.value),
            source: period.source,
            confirmed: period.confirmed,
            note: period.note ?? null,
            origin: 'bestand',
          });
          if (inserted) periods += 1;
        }
      }
      result.importedPeriods += periods;
      if (versions.length) changes.versions = versions;
      if (periods) changes.parameterPeriods = periods;
      if (Object.keys(changes).length) {
        await appendAuditEntries(tx, [{ actor: systemActor, action: 'regeling.content-imported', details: { regeling: id, ...changes } }]);
      }
    }
  });
  for (const warning of result.warnings) options.logger?.warn(warning);
  return result;
}
