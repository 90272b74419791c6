import type { AppConfig } from './config/env.js';
import { openDatabase } from './db/database.js';
import { startEmbeddedMaintenance } from './db/embedded-maintenance.js';
import { createLogger } from './observability/logger.js';
import { buildApp } from './app.js';
import { createDeps } from './create-deps.js';
import { loadConfigOrExit, shutDownOnSignal } from './process-lifecycle.js';
import { deleteExpired } from './modules/auth/session.repository.js';
import { seedDemoMunicipality } from './demo/seed-demo-municipality.js';
import { demoStaffAccounts } from './demo/demo-staff-accounts.js';
import { ContentError, loadRegelingenContent } from './modules/regelingen/load-regelingen-content.js';
import { syncRegelingenContent } from './modules/regelingen/sync-regelingen-content.js';

const HOUSEKEEPING_INTERVAL_MS = 5 * 60_000;

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
const database = await openDatabase({
  url: config.database.url,
  pgliteDataDir: config.database.pgliteDataDir,
  poolSize: config.database.poolSize,
  onIdleClientError: (error) => logger.warn({ err: error }, 'idle database connection failed; the pool replaces it'),
});
await database.migrate();
await importRegelingen();
if (config.demoSeed) {
  const started = Date.now();
  const result = await seedDemoMunicipality({ db: database.db, config, logger });
  logger.info({ ...result, ms: Date.now() - started }, 'demo municipality ready');
}

const deps = createDeps({ config, database, logger });
const app = await buildApp(deps);
await app.listen({ host: config.host, port: config.port });
// The worker starts once the app listens; if it cannot start (e.g. pg-boss's schema is missing),
// start-up still fails loudly.
if (config.jobs.worker) await deps.jobs.start();
else logger.info('job worker disabled (JOBS_WORKER=false); jobs are enqueued and wait for a worker elsewhere');
if (deps.mail.kind === 'folder') logger.info({ dir: config.mail.dir }, 'no SMTP_URL: outgoing email is written as .eml files');

const housekeeping = setInterval(() => {
  deleteExpired(database.db, new Date(), config.session.idleMinutes)
    .then((removed) => removed && logger.info({ removed }, 'expired sessions removed'))
    .catch((error: unknown) => logger.error({ err: error }, 'session housekeeping failed'));
}, HOUSEKEEPING_INTERVAL_MS);
housekeeping.unref();
// PGlite has no autovacuum (see embedded-maintenance.ts); PostgreSQL does its own.
const maintenance = database.kind === 'pglite' ? startEmbeddedMaintenance({ db: database.db, logger }) : undefined;

printBanner(config);

// Requests first, then running jobs finish; only then may the database close.
shutDownOnSignal(logger, [() => clearInterval(housekeeping), () => app.close(), () => deps.jobs.stop(), () => deps.mail.close(), () => maintenance?.stop(), () => database.close()]);

/** New regelingen content (versions, parameter periods) goes into the database; a broken file stops start-up. */
async function importRegelingen(): Promise<void> {
  try {
    const result = await syncRegelingenContent({ db: database.db, loaded: loadRegelingenContent(config.regelingenDir), logger });
    logger.info({ regelingen: result.regelingen, importedVersions: result.importedVersions, importedPeriods: result.importedPeriods }, 'regelingen content imported');
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    await database.close();
    process.exit(1);
  }
}

function printBanner(cfg: AppConfig): void {
  const lines = [
    '',
    `Eenloket draait op ${cfg.publicUrl}  (${database.kind === 'pglite' ? `ingebouwde database in ${cfg.database.pgliteDataDir}` : 'PostgreSQL'})`,
    `  Mijn loket (inwoners):  ${cfg.publicUrl}/loket`,
    `  Werkplek (medewerkers): ${cfg.publicUrl}/werkplek`,
    `  API-documentatie:       ${cfg.publicUrl}/api/docs`,
  ];
  if (cfg.demoSeed) {
    lines.push('', 'Demo-logins Werkplek (gebruikersnaam / wachtwoord / rol):');
    for (const account of demoStaffAccounts) {
      lines.push(`  ${account.username.padEnd(16)} ${account.password.padEnd(18)} ${account.roles.join(', ')}`);
    }
  }
  if (cfg.digidTestLogin) lines.push('', 'Mijn loket: kies "DigiD-testlogin" en een demo-inwoner (alleen in de demo-omgeving).');
  if (cfg.demoSeed) {
    // demo-rounds.ts: the 2022 scheme's figures carried into this year, so a demo grant is possible.
    lines.push('Demo: de energietoeslag (regeling van 2022) staat open voor dit jaar, met doorgetrokken cijfers. Vraag hem aan als Priya Ramdin.');
  }
  if (!cfg.mail.smtpUrl) lines.push('', `E-mail: geen SMTP_URL ingesteld; berichten worden als .eml-bestand bewaard in ${cfg.mail.dir}`);
  lines.push('');
  // The banner is for the person who typed `npm start`, not for the log pipeline.
  console.log(lines.join('\n'));
}
