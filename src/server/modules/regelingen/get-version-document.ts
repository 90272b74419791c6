import type { Db } from '../../db/database.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { versionNotFound } from './regeling-errors.js';
import { selectVersion } from './regelingen.repository.js';

/** The raw documents of a version (version.json, schema, uiSchema, translations, files) for the editor. */
export async function getVersionDocument(options: { db: Db; ctx: RequestContext; regelingId: string; version: number }) {
  authorizeStaff(options.ctx, 'regeling.read');
  const row = await selectVersion(options.db, options.regelingId, options.version);
  if (!row) throw versionNotFound();
  return { regelingId: row.regelingId, version: row.version, status: row.status, origin: row.origin, content: row.content, files: row.files };
}
