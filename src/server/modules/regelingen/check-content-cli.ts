import { checkExampleCases } from '../assessment/check-example-cases.js';
import { ContentError, loadRegelingenContent } from './load-regelingen-content.js';

// `npm run regelingen:check [folder]`: validates the regelingen content without starting the server,
// and evaluates every version's assessment example cases against its decision model.
const dir = process.argv[2] ?? process.env.REGELINGEN_DIR ?? 'regelingen';
try {
  const loaded = loadRegelingenContent(dir);
  let failed = 0;
  for (const r of loaded) {
    console.log(`${r.regeling.id}: ${r.regeling.name.nl} — versions ${r.versions.map((v) => v.meta.version).join(', ')}, ${r.parameters.parameters.length} parameters`);
    const units = Object.fromEntries(r.parameters.parameters.map((p) => [p.key, p.unit]));
    const periods = r.parameters.parameters.flatMap((p) => p.periods.map((period) => ({ ...period, key: p.key })));
    for (const version of r.versions) {
      for (const failure of await checkExampleCases({ meta: version.meta, files: r.files, units, periods })) {
        failed += 1;
        console.error(`  version ${version.meta.version}, example ${failure.id}: ${failure.problems.map((p) => p.en).join(' ')}`);
      }
    }
  }
  if (failed) {
    console.error(`regelingen: ${failed} example case(s) fail`);
    process.exit(1);
  }
  console.log(`regelingen: ${loaded.length} valid`);
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}
