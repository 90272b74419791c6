import { createServer } from 'node:http';
import { openDatabase } from './db/database.js';
import { createLogger } from './observability/logger.js';
import { createDeps } from './create-deps.js';
import { mayReadMetrics } from './observability/metrics-access.js';
import { loadConfigOrExit, shutDownOnSignal } from './process-lifecycle.js';

// `npm run worker`: the job worker as a process of its own, next to web processes started with
// JOBS_WORKER=false, so the assessments, emails and other jobs use another core than the requests.
// PostgreSQL only: the embedded PGlite database belongs to the one process that opened it.

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
if (!config.database.url) {
  console.error('npm run worker needs DATABASE_URL (PostgreSQL); with the embedded database the server runs the jobs itself.');
  process.exit(1);
}
const database = await openDatabase({
  url: config.database.url,
  poolSize: config.database.poolSize,
  onIdleClientError: (error) => logger.warn({ err: error }, 'idle database connection failed; the pool replaces it'),
});
// Safe next to a web process doing the same: migrations take an advisory lock.
await database.migrate();
const deps = createDeps({ config, database, logger });
await deps.jobs.start();
// Its own /metrics (the job and assessment timers live in this process) on PORT, for Prometheus.
const metricsServer = createServer((request, response) => {
  if (request.method !== 'GET' || request.url !== '/metrics') return void response.writeHead(404).end();
  if (!mayReadMetrics(request.headers.authorization, config.metricsToken)) return void response.writeHead(401).end();
  deps.metrics.registry.metrics().then(
    (text) => response.writeHead(200, { 'content-type': deps.metrics.registry.contentType }).end(text),
    (error: unknown) => {
      logger.error({ err: error }, 'metrics failed');
      response.writeHead(500).end();
    },
  );
});
metricsServer.listen(config.port, config.host);
logger.info({ port: config.port }, 'job worker process started; metrics on /metrics');

// Running jobs finish first; only then may the database close.
shutDownOnSignal(logger, [() => metricsServer.close(), () => deps.jobs.stop(), () => deps.mail.close(), () => database.close()]);
