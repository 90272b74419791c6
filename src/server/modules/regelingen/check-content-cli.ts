import { ContentError, loadRegelingenContent } from './load-regelingen-content.js';

// `npm run regelingen:check [folder]`: validates the regelingen content without starting the server.
const dir = process.argv[2] ?? process.env.REGELINGEN_DIR ?? 'regelingen';
try {
  const loaded = loadRegelingenContent(dir);
  for (const r of loaded) {
    console.log(`${r.regeling.id}: ${r.regeling.name.nl} — versions ${r.versions.map((v) => v.meta.version).join(', ')}, ${r.parameters.parameters.length} parameters`);
  }
  console.log(`regelingen: ${loaded.length} valid`);
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}
