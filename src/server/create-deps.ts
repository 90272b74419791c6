import type { AppDeps } from './app-deps.js';
import type { AppConfig } from './config/env.js';
import type { DatabaseHandle } from './db/database.js';
import type { Logger } from './observability/logger.js';
import { createMetrics } from './observability/metrics.js';
import { createOidcProviders } from './modules/auth/oidc/oidc-providers.js';
import { createEmbeddedPersonRegistry } from './modules/registry/embedded-person-registry.js';

/** Wires the dependencies of one app instance (the server, or one test). */
export function createDeps(options: { config: AppConfig; database: DatabaseHandle; logger: Logger }): AppDeps {
  const { config, database, logger } = options;
  return {
    config,
    database,
    logger,
    metrics: createMetrics(),
    oidc: createOidcProviders(config),
    registry: createEmbeddedPersonRegistry(database.db),
  };
}
