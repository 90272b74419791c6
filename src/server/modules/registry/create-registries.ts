import type { AppConfig } from '../../config/env.js';
import type { Db } from '../../db/database.js';
import type { Logger } from '../../observability/logger.js';
import { createBrpPersonRegistry } from './brp-person-registry.js';
import type { BusinessRegistry } from './business-registry.js';
import { createEmbeddedBusinessRegistry } from './embedded-business-registry.js';
import { createEmbeddedIncomeRegistry } from './embedded-income-registry.js';
import { createEmbeddedPersonRegistry } from './embedded-person-registry.js';
import { createIncomeGatewayRegistry } from './income-gateway-registry.js';
import type { IncomeRegistry } from './income-registry.js';
import { createKvkBusinessRegistry } from './kvk-business-registry.js';
import type { PersonRegistry } from './person-registry.js';
import { createRegistryHttp } from './registry-http.js';

export interface Registries {
  persons: PersonRegistry;
  businesses: BusinessRegistry;
  income: IncomeRegistry;
}

/**
 * Chooses each registry's implementation: the HTTP connector when its URL is configured, else the
 * embedded registry (configuration refuses that in production unless EMBEDDED_REGISTRIES allows it).
 */
export function createRegistries(options: { config: AppConfig; db: Db; logger: Logger }): Registries {
  const { config, db, logger } = options;
  const { brp, kvk, income } = config.registries;
  const registries: Registries = {
    persons: brp
      ? createBrpPersonRegistry({ http: createRegistryHttp({ config: brp, apiKeyHeader: 'x-api-key' }), logger, municipalityCode: config.municipality.code })
      : createEmbeddedPersonRegistry(db),
    businesses: kvk ? createKvkBusinessRegistry({ http: createRegistryHttp({ config: kvk, apiKeyHeader: 'apikey' }), logger }) : createEmbeddedBusinessRegistry(db),
    income: income ? createIncomeGatewayRegistry({ http: createRegistryHttp({ config: income, apiKeyHeader: 'x-api-key' }), logger }) : createEmbeddedIncomeRegistry(db),
  };
  // Which registries are real is worth one line at start-up; URLs and keys are not logged.
  logger.info({ persons: registries.persons.source, businesses: registries.businesses.source, income: registries.income.source }, 'base registries');
  return registries;
}
