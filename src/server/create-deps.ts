import type { AppDeps } from './app-deps.js';
import type { AppConfig } from './config/env.js';
import type { DatabaseHandle } from './db/database.js';
import type { JobDefinition } from './jobs/define-job.js';
import { createJobWorker } from './jobs/job-worker.js';
import type { Logger } from './observability/logger.js';
import { createMetrics } from './observability/metrics.js';
import { createOidcProviders } from './modules/auth/oidc/oidc-providers.js';
import { createMailTransport } from './modules/mail/mail-transport.js';
import { createRegistries, type Registries } from './modules/registry/create-registries.js';

/**
 * Wires the dependencies of one app instance (the server, or one test). `jobDefinitions` replaces
 * the registered jobs in the worker, for tests of the job machinery itself; `wrapRegistries` lets a
 * test put a failing or counting registry in front of the configured ones (requests and jobs alike).
 */
export function createDeps(options: {
  config: AppConfig;
  database: DatabaseHandle;
  logger: Logger;
  jobDefinitions?: readonly JobDefinition[];
  wrapRegistries?: (registries: Registries) => Registries;
}): AppDeps {
  const { config, database, logger } = options;
  const configured = createRegistries({ config, db: database.db, logger });
  const registries = options.wrapRegistries ? options.wrapRegistries(configured) : configured;
  const base = {
    config,
    database,
    logger,
    metrics: createMetrics(),
    oidc: createOidcProviders(config),
    registry: registries.persons,
    businessRegistry: registries.businesses,
    incomeRegistry: registries.income,
    mail: createMailTransport(config.mail),
  };
  return {
    ...base,
    jobs: createJobWorker({ deps: base, pollSeconds: config.jobs.pollSeconds, ...(options.jobDefinitions ? { definitions: options.jobDefinitions } : {}) }),
  };
}
