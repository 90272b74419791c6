import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/database.js';
import { outgoingEmails } from '../../src/server/modules/mail/mail.tables.js';
import { queueEmail } from '../../src/server/modules/mail/queue-email.js';
import { adminQuery, databaseUrlFor } from '../support/postgres-admin.js';

// `npm run worker`: the job worker as a process of its own next to web processes (JOBS_WORKER=false).
// On PostgreSQL it runs what is queued and serves its metrics; the embedded database it refuses.

const adminUrl = process.env.DATABASE_URL;
const port = 4300 + Math.floor(Math.random() * 500);
const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

function startWorker(env: Record<string, string | undefined>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/worker-main.ts'], {
    env: { ...process.env, DATABASE_URL: undefined, NODE_ENV: 'development', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), JOBS_POLL_SECONDS: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, exited, stderr: () => stderr };
}

async function until<T>(probe: () => Promise<T | undefined>, what: string, context: () => string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (${context()})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the job worker as a process of its own (npm run worker)', () => {
  it.runIf(!adminUrl)('refuses the embedded database, saying why', async () => {
    const worker = startWorker({});
    expect(await worker.exited).toBe(1);
    expect(worker.stderr()).toContain('npm run worker needs DATABASE_URL');
  });

  it.runIf(adminUrl)('runs what is queued, serves /metrics, and stops on SIGTERM', async () => {
    const name = `eenloket_t_${randomBytes(6).toString('hex')}`;
    await adminQuery(adminUrl!, `CREATE DATABASE "${name}" TEMPLATE "${inject('postgresTemplate')}"`);
    const url = databaseUrlFor(adminUrl!, name);
    const database: DatabaseHandle = await openDatabase({ url, poolSize: 2 });
    const mailDir = mkdtempSync(join(tmpdir(), 'eenloket-worker-mail-'));
    cleanup.push(async () => {
      await database.close();
      await adminQuery(adminUrl!, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      rmSync(mailDir, { recursive: true, force: true });
    });
    const emailId = await database.db.transaction((tx) => queueEmail({ tx, to: 'inwoner@voorbeeld.nl', subject: 'Proef', text: 'Hallo', idempotencyKey: `worker-test:${name}` }));

    const worker = startWorker({ DATABASE_URL: url, MAIL_DIR: mailDir, METRICS_TOKEN: 'geheim-token-van-de-beheerder' });
    let exitCode: number | null | undefined;
    void worker.exited.then((code) => (exitCode = code));
    // On a timeout, say what the worker printed and whether it is still running.
    const sent = await until(async () => {
      const [row] = await database.db.select({ status: outgoingEmails.status }).from(outgoingEmails).where(eq(outgoingEmails.id, emailId));
      return row?.status === 'verzonden' ? row : undefined;
    }, 'the email to be sent by the worker process', () => `worker ${exitCode === undefined ? 'still running' : `exited with ${exitCode}`}; stderr: ${worker.stderr() || '(empty)'}`);
    expect(sent.status).toBe('verzonden');
    expect(readdirSync(mailDir).some((f) => f.endsWith('.eml'))).toBe(true);

    // Its own metrics, behind the same token as the web's.
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(401);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: 'Bearer geheim-token-van-de-beheerder' } })).text();
    expect(metrics).toMatch(/^eenloket_jobs_total\{job="mail\.send",outcome="completed"\} 1$/m);

    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
  }, 60_000);
});
