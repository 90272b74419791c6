import type { Db } from '../../src/server/db/database.js';
import { minimalVersion, withAssessment, writeRegelingFolder } from '../../src/server/modules/regelingen/content-fixture.test-helper.js';
import { loadRegelingenContent } from '../../src/server/modules/regelingen/load-regelingen-content.js';
import { syncRegelingenContent } from '../../src/server/modules/regelingen/sync-regelingen-content.js';

/** Imports the regelingen shipped in ./regelingen (what `npm start` imports). */
export async function installShippedRegelingen(db: Db) {
  return syncRegelingenContent({ db, loaded: loadRegelingenContent('regelingen') });
}

/**
 * Imports the small test regeling "proef" (see content-fixture.test-helper.ts), optionally with a
 * changed version.json, e.g. `{ cosign: 'partner', cosignerPointer: '/partner/bsn' }`.
 */
export async function installTestRegeling(db: Db, meta: Record<string, unknown> = {}) {
  const root = writeRegelingFolder({ version: { meta: { ...minimalVersion.meta, ...meta } } });
  return syncRegelingenContent({ db, loaded: loadRegelingenContent(root) });
}

/**
 * "proef" with its automatic assessment (a small DMN model, parameters and example cases; see
 * assessment-fixture.test-helper.ts), optionally with a changed version.json. Returns the folder root.
 */
export async function installAssessmentRegeling(db: Db, meta: Record<string, unknown> = {}) {
  const root = writeRegelingFolder(withAssessment(meta));
  await syncRegelingenContent({ db, loaded: loadRegelingenContent(root) });
  return root;
}
