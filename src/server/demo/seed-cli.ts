import { ConfigError, loadConfig } from '../config/env.js';
import { openDatabase } from '../db/database.js';
import { loadRegelingenContent } from '../modules/regelingen/load-regelingen-content.js';
import { syncRegelingenContent } from '../modules/regelingen/sync-regelingen-content.js';
import { seedDemoMunicipality } from './seed-demo-municipality.js';

// `npm run seed`: migrate and seed the demo municipality into DATABASE_URL or the embedded database.
try {
  const config = loadConfig();
  if (config.env === 'production') {
    console.error('Refused: the demo municipality (with known passwords) is never seeded when NODE_ENV=production.');
    process.exit(1);
  }
  const database = await openDatabase({ url: config.database.url, pgliteDataDir: config.database.pgliteDataDir });
  await database.migrate();
  await syncRegelingenContent({ db: database.db, loaded: loadRegelingenContent(config.regelingenDir) });
  const started = Date.now();
  const result = await seedDemoMunicipality({ db: database.db, config });
  await database.close();
  for (const round of result.carriedOver) console.log(`Demo: ${round.regelingId} opened for this year (${round.keys.length} figures carried over, unconfirmed).`);
  console.log(
    result.skipped
      ? `Demo municipality was already seeded (${result.persons} persons); nothing changed.`
      : `Demo municipality seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.persons} persons, ${result.addresses} addresses, ${result.businesses} businesses, ${result.staff} staff accounts, ${result.contactMoments} contact moments, ${result.applications} applications, ${result.incomes} incomes.`,
  );
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
