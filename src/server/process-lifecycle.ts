import { ConfigError, loadConfig, type AppConfig } from './config/env.js';
import type { Logger } from './observability/logger.js';

/** The configuration from the environment; a wrong setting ends the process with every problem named. */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * On SIGINT or SIGTERM runs the steps one after the other (what must finish first goes first; the
 * database closes last), then exits 0, or 1 when a step failed.
 */
export function shutDownOnSignal(logger: Logger, steps: (() => unknown)[]): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      steps
        .reduce<Promise<unknown>>((previous, step) => previous.then(step), Promise.resolve())
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        });
    });
  }
}
