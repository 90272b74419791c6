import type { AppConfig } from './config/env.js';
import type { DatabaseHandle } from './db/database.js';
import type { JobWorker } from './jobs/job-worker.js';
import type { Logger } from './observability/logger.js';
import type { Metrics } from './observability/metrics.js';
import type { OidcProviders } from './modules/auth/oidc/oidc-providers.js';
import type { MailTransport } from './modules/mail/mail-transport.js';
import type { BusinessRegistry } from './modules/registry/business-registry.js';
import type { IncomeRegistry } from './modules/registry/income-registry.js';
import type { PersonRegistry } from './modules/registry/person-registry.js';

/** What the HTTP adapters and job handlers need; built once in main.ts (or per test) and passed down explicitly. */
export interface AppDeps {
  config: AppConfig;
  database: DatabaseHandle;
  logger: Logger;
  metrics: Metrics;
  oidc: OidcProviders;
  /** Persons and households (BRP): Haal Centraal BRP Personen, or the embedded registry. */
  registry: PersonRegistry;
  /** Businesses (KVK Handelsregister): the KVK API, or the embedded registry. */
  businessRegistry: BusinessRegistry;
  /** Income per month (Suwinet-like): an income gateway, or the embedded registry. */
  incomeRegistry: IncomeRegistry;
  mail: MailTransport;
  /** Created stopped; main.ts starts it after listening (JOBS_WORKER), tests when they need it. */
  jobs: JobWorker;
}
