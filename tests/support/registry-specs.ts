import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The external specification material (OpenAPI documents, features, RvIG and KVK test data)
// lives in ../shared next to the project in CI and on the development machines, never on a user's
// machine and never copied into the project. Tests that need it skip visibly without it.

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const specsDir = resolve(projectRoot, '../shared/specs');
export const specsAvailable = existsSync(specsDir);

export const specFiles = {
  brpOpenApi: resolve(specsDir, 'brp-personen/specificatie/resolved/openapi.yaml'),
  brpFeatures: resolve(specsDir, 'brp-personen/features'),
  brpTestSet: resolve(specsDir, 'brp-personen/scripts/20220502_Testset_persoonslijsten_proefomgeving_GBA-V.csv'),
  brpTables: resolve(specsDir, 'brp-personen/scripts'),
  kvkZoeken: resolve(specsDir, 'kvk/kvk-official-oas/api_zoeken_v2.0.0.yaml'),
  kvkBasisprofiel: resolve(specsDir, 'kvk/kvk-official-oas/api_basisprofiel_aa888449ed.yaml'),
  kvkTestData: resolve(specsDir, 'kvk/KVK-TESTDATA.md'),
  kvkCassettes: resolve(specsDir, 'kvk/open-forms/vcr_cassettes'),
};

/** One visible line per skipped part, so a run without ../shared says what it did not check. */
export function warnWithoutSpecs(what: string): void {
  if (!specsAvailable) console.warn(`[skipped] ${what}: the specification material is not at ${specsDir} (../shared/specs).`);
}
