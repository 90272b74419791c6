import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { AppDeps } from '../../src/server/app-deps.js';
import { loadConfig } from '../../src/server/config/env.js';
import { createDeps } from '../../src/server/create-deps.js';
import type { DatabaseHandle } from '../../src/server/db/database.js';
import type { JobDefinition } from '../../src/server/jobs/define-job.js';
import type { App } from '../../src/server/http/app-type.js';
import type { Registries } from '../../src/server/modules/registry/create-registries.js';
import { createLogger } from '../../src/server/observability/logger.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  app: App;
  deps: AppDeps;
  db: DatabaseHandle['db'];
  /** Every log line the app wrote (JSON strings), for assertions on what logs contain. */
  logs: string[];
  /** Stops the job worker (when started), then closes the app and the database. */
  close(): Promise<void>;
}

/**
 * The real app on a real (fresh) database, configured as in the embedded default, except: the job
 * worker does not start unless the test asks (`env: { JOBS_WORKER: 'true' }` or `t.deps.jobs.start()`;
 * drain with `drainJobs` from ./jobs.ts), and mail without SMTP_URL goes to a temporary folder.
 * `jobDefinitions` replaces the registered jobs in the worker (tests of the job machinery);
 * `wrapRegistries` puts a test's registry (e.g. one that fails a few times) in front of the embedded ones.
 */
export async function createTestApp(
  options: { env?: Record<string, string>; database?: DatabaseHandle; jobDefinitions?: readonly JobDefinition[]; wrapRegistries?: (registries: Registries) => Registries } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const mailDir = join(tmpdir(), `eenloket-mail-${randomBytes(6).toString('hex')}`);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    PUBLIC_URL: 'http://localhost:3000',
    JOBS_WORKER: 'false',
    JOBS_POLL_SECONDS: '0.5',
    MAIL_DIR: mailDir,
    ...options.env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger(config.logLevel, sink);
  const deps = createDeps({
    config,
    database,
    logger,
    ...(options.jobDefinitions ? { jobDefinitions: options.jobDefinitions } : {}),
    ...(options.wrapRegistries ? { wrapRegistries: options.wrapRegistries } : {}),
  });
  const app = await buildApp(deps);
  await app.ready();
  if (config.jobs.worker) await deps.jobs.start();
  return {
    app,
    deps,
    db: database.db,
    logs,
    close: async () => {
      await deps.jobs.stop();
      await app.close();
      deps.mail.close();
      await database.close();
      rmSync(mailDir, { recursive: true, force: true });
    },
  };
}

/**
 * An HTTP client over app.inject that behaves like a browser: it keeps the session cookie and
 * sends the CSRF token and a same-origin Origin on state-changing requests.
 */
export class TestClient {
  cookie: string | undefined;
  csrfToken: string | undefined;

  /** `remoteAddress`: the client's IP, e.g. to stay under the login rate limit (per IP) in a test with many residents. */
  constructor(
    private readonly app: App,
    private readonly options: { remoteAddress?: string } = {},
  ) {}

  async request(options: Omit<InjectOptions, 'body'> & { body?: unknown }): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && method !== 'HEAD') {
      headers.origin ??= 'http://localhost:3000';
      if (this.csrfToken && !('x-csrf-token' in headers)) headers['x-csrf-token'] = this.csrfToken;
    }
    const { body, ...rest } = options;
    const response = await this.app.inject({
      ...(this.options.remoteAddress ? { remoteAddress: this.options.remoteAddress } : {}),
      ...rest,
      method: method as never,
      headers,
      ...(body !== undefined ? { payload: body as InjectOptions['payload'] } : {}),
    });
    const setCookie = response.cookies.find((c) => c.name.endsWith('eenloket_session'));
    if (setCookie) this.cookie = setCookie.value ? `${setCookie.name}=${setCookie.value}` : undefined;
    return response;
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }

  post(url: string, body?: unknown) {
    return this.request({ method: 'POST', url, body: body ?? {} });
  }

  patch(url: string, body: unknown) {
    return this.request({ method: 'PATCH', url, body });
  }

  /** Logs in through the local staff login and keeps the CSRF token. */
  async loginStaff(username: string, password: string): Promise<LightMyRequestResponse> {
    const response = await this.post('/api/auth/staff/login', { username, password });
    if (response.statusCode === 200) this.csrfToken = response.json<{ csrfToken: string }>().csrfToken;
    return response;
  }

  async loginResident(bsn: string): Promise<LightMyRequestResponse> {
    const response = await this.post('/api/auth/digid-test/login', { bsn });
    if (response.statusCode === 200) this.csrfToken = response.json<{ csrfToken: string }>().csrfToken;
    return response;
  }
}
