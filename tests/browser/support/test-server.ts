import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { buildApp } from '../../../src/server/app.js';
import type { AppDeps } from '../../../src/server/app-deps.js';
import { loadConfig } from '../../../src/server/config/env.js';
import { createDeps } from '../../../src/server/create-deps.js';
import type { DatabaseHandle } from '../../../src/server/db/database.js';
import type { App } from '../../../src/server/http/app-type.js';
import { createLogger } from '../../../src/server/observability/logger.js';
import { createTestDatabase } from '../../support/test-database.js';
import { ensureWebBuilt } from './web-build.js';

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 — the origin the browser uses, and PUBLIC_URL. */
  url: string;
  app: App;
  deps: AppDeps;
  db: DatabaseHandle['db'];
  /** Warnings and errors the server logged (JSON lines), for diagnosing a failing test. */
  logs: string[];
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The real server in this process, on a fresh database and a free loopback port, serving the
 * built web app. PUBLIC_URL equals the origin the browser uses, so the CSRF origin check applies
 * exactly as in production.
 */
export async function startTestServer(options: { env?: Record<string, string> | ((url: string) => Promise<Record<string, string>>) } = {}): Promise<TestServer> {
  ensureWebBuilt();
  const database = await createTestDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The environment may depend on the URL (an identity provider must know the callback address).
  const env = typeof options.env === 'function' ? await options.env(url) : options.env;
  const mailDir = join(tmpdir(), `eenloket-mail-${randomBytes(6).toString('hex')}`);
  // As in createTestApp: no job worker unless the test's env turns it on; mail into a temporary folder.
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    JOBS_WORKER: 'false',
    JOBS_POLL_SECONDS: '0.5',
    MAIL_DIR: mailDir,
    ...env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const deps = createDeps({ config, database, logger: createLogger(config.logLevel, sink) });
  const app = await buildApp(deps);
  await app.listen({ port, host: '127.0.0.1' });
  if (config.jobs.worker) await deps.jobs.start();
  return {
    url,
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
 * A minimal API client for arranging data as another user would (e.g. a consultant's read that
 * the resident must then see): keeps the session cookie and sends CSRF token and Origin.
 */
export class ApiSession {
  private cookie = '';
  private csrfToken = '';

  constructor(private readonly server: TestServer) {}

  /** JSON `body`, or a FormData `form` for uploads (multipart; fetch sets its content type). */
  async request<T>(method: string, path: string, body?: unknown, form?: FormData): Promise<T> {
    const headers: Record<string, string> = { cookie: this.cookie };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') {
      headers.origin = this.server.url;
      if (this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    }
    const response = await fetch(`${this.server.url}${path}`, { method, headers, body: form ?? (body === undefined ? null : JSON.stringify(body)) });
    const setCookies = response.headers.getSetCookie();
    if (setCookies.length) this.cookie = setCookies.map((c) => c.split(';')[0]).join('; ');
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async loginResident(bsn: string): Promise<void> {
    const session = await this.request<{ csrfToken: string }>('POST', '/api/auth/digid-test/login', { bsn });
    this.csrfToken = session.csrfToken;
  }

  async loginStaff(username: string, password: string): Promise<void> {
    const session = await this.request<{ csrfToken: string }>('POST', '/api/auth/staff/login', { username, password });
    this.csrfToken = session.csrfToken;
  }
}
