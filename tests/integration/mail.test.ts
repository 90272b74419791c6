import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob, InvalidJobPayloadError } from '../../src/server/jobs/enqueue-job.js';
import { contactMoments } from '../../src/server/modules/contact-moments/contact-moments.tables.js';
import { findOutgoingEmail, insertOutgoingEmails } from '../../src/server/modules/mail/mail.repository.js';
import { outgoingEmails } from '../../src/server/modules/mail/mail.tables.js';
import { queueEmail } from '../../src/server/modules/mail/queue-email.js';
import { sendEmailJob } from '../../src/server/modules/mail/send-email.job.js';
import { createContactMoment, uniqueBsn } from '../support/factories.js';
import { drainJobs, jobsOf } from '../support/jobs.js';
import { closedPort, startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let smtp: SmtpTestServer;
let t: TestApp;
beforeAll(async () => {
  smtp = await startSmtpTestServer();
  t = await createTestApp({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'Gemeente Voorbeeldstad <noreply@voorbeeldstad.nl>', JOBS_WORKER: 'true' } });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

let counter = 0;
const email = (overrides: { to?: string; key?: string } = {}) => {
  counter++;
  return {
    to: overrides.to ?? `inwoner${counter}@example.nl`,
    subject: `Wij hebben uw aanvraag ontvangen (T-${counter})`,
    text: `Beste inwoner,\n\nBericht ${counter}.`,
    idempotencyKey: overrides.key ?? `test:${randomUUID()}`,
  };
};
const received = (to: string) => smtp.messages.filter((m) => m.envelopeTo.includes(to));

async function runCount(outcome: string): Promise<number> {
  const metric = await t.deps.metrics.registry.getSingleMetric('eenloket_jobs_total')?.get();
  return metric?.values.find((v) => v.labels.job === sendEmailJob.name && v.labels.outcome === outcome)?.value ?? 0;
}

describe('outgoing email through the job queue and a real SMTP server', () => {
  it('sends an email queued in a committed transaction exactly once, to the right recipient and subject', async () => {
    const message = email();
    const id = await t.db.transaction((tx) => queueEmail({ tx, ...message }));
    await drainJobs(t.deps, { queue: sendEmailJob.name });

    const [mail, ...more] = received(message.to);
    expect(more).toEqual([]);
    expect(mail!.headers.subject).toBe(message.subject);
    expect(mail!.headers.to).toBe(message.to);
    expect(mail!.headers.from).toBe('Gemeente Voorbeeldstad <noreply@voorbeeldstad.nl>');
    expect(mail!.headers['auto-submitted']).toBe('auto-generated');
    expect(mail!.raw).toContain('Bericht');
    const row = await findOutgoingEmail(t.db, id);
    expect(row).toMatchObject({ status: 'verzonden', attempts: 1, lastError: null, messageId: `<${id}@voorbeeldstad.nl>` });
    expect(await runCount('completed')).toBeGreaterThanOrEqual(1);
    expect(mail!.headers['message-id']).toBe(row!.messageId);
    expect(row!.sentAt).toBeInstanceOf(Date);
  });

  it('sends nothing and keeps nothing when the transaction rolls back', async () => {
    const message = email();
    await expect(
      t.db.transaction(async (tx) => {
        await queueEmail({ tx, ...message });
        tx.rollback();
      }),
    ).rejects.toThrow();
    await drainJobs(t.deps);
    expect(received(message.to)).toEqual([]);
    expect(await t.db.select().from(outgoingEmails).where(eq(outgoingEmails.idempotencyKey, message.idempotencyKey))).toEqual([]);
  });

  it('queues once per idempotency key: a second call returns the same id and sends nothing more', async () => {
    const message = email();
    const first = await t.db.transaction((tx) => queueEmail({ tx, ...message }));
    const second = await t.db.transaction((tx) => queueEmail({ tx, ...message, subject: 'Een tweede poging' }));
    expect(second).toBe(first);
    await drainJobs(t.deps, { queue: sendEmailJob.name });
    expect(received(message.to)).toHaveLength(1);
    expect(received(message.to)[0]!.headers.subject).toBe(message.subject);
    const jobs = (await jobsOf(t.deps, sendEmailJob.name)).filter((job) => (job.data as { emailId: string }).emailId === first);
    expect(jobs).toHaveLength(1);
  });

  it('is safe to run twice: a second job or a direct second run for a sent email sends nothing', async () => {
    const message = email();
    const id = await t.db.transaction((tx) => queueEmail({ tx, ...message }));
    await drainJobs(t.deps, { queue: sendEmailJob.name });
    // A duplicate job, as after a crash between sending and recording completion.
    await t.db.transaction((tx) => enqueueJob(tx, sendEmailJob, { emailId: id }));
    await drainJobs(t.deps, { queue: sendEmailJob.name });
    await sendEmailJob.handler(
      { emailId: id },
      { deps: t.deps, job: { id: randomUUID(), name: sendEmailJob.name, attempt: 1, retryLimit: 5, isFinalAttempt: false }, logger: t.deps.logger },
    );
    expect(received(message.to)).toHaveLength(1);
    expect(await findOutgoingEmail(t.db, id)).toMatchObject({ status: 'verzonden', attempts: 1 });
  });

  it('sends emails whose jobs run side by side each once, each marked with its own Message-ID', async () => {
    const messages = Array.from({ length: 12 }, () => email());
    // The rows without their jobs, and the handlers at the same time, as the worker runs jobs side by
    // side: their reads and marks go in batches.
    const ids = await insertOutgoingEmails(t.db, messages.map((m) => ({ ...m, html: null })));
    await Promise.all(
      ids.map((emailId) =>
        sendEmailJob.handler({ emailId }, { deps: t.deps, job: { id: randomUUID(), name: sendEmailJob.name, attempt: 1, retryLimit: 5, isFinalAttempt: false }, logger: t.deps.logger }),
      ),
    );
    const rows = await Promise.all(ids.map((id) => findOutgoingEmail(t.db, id)));
    rows.forEach((row, i) => expect(row).toMatchObject({ id: ids[i], status: 'verzonden', attempts: 1, messageId: `<${ids[i]}@voorbeeldstad.nl>` }));
    messages.forEach((message) => expect(received(message.to)).toHaveLength(1));
  });

  it('retries a refused email with backoff until the limit, then marks it mislukt; the data of the change stays', async () => {
    const message = email({ to: 'weigert@example.nl' });
    smtp.refusedRecipients.add(message.to);
    const logsBefore = t.logs.length;
    const [failedBefore, retriedBefore] = [await runCount('failed'), await runCount('retried')];
    const { id, contactMoment } = await t.db.transaction(async (tx) => {
      const moment = await createContactMoment(tx, { subjectBsn: uniqueBsn() });
      return { id: await queueEmail({ tx, ...message }), contactMoment: moment };
    });
    await drainJobs(t.deps, { queue: sendEmailJob.name });

    const [job] = (await jobsOf(t.deps, sendEmailJob.name)).filter((row) => (row.data as { emailId: string }).emailId === id);
    expect(job).toMatchObject({ state: 'failed', retryCount: 5, retryLimit: 5, retryDelay: 60, retryBackoff: true });
    const row = await findOutgoingEmail(t.db, id);
    expect(row).toMatchObject({ status: 'mislukt', attempts: 6, messageId: null, sentAt: null });
    expect(row!.lastError).toContain('[email]');
    expect(row!.lastError).toMatch(/refused/);
    expect(row!.lastError).not.toContain(message.to);
    expect(received(message.to)).toEqual([]);
    // The change that queued the email is committed and untouched by the failures.
    expect(await t.db.select().from(contactMoments).where(eq(contactMoments.id, contactMoment.id))).toEqual([contactMoment]);

    const failures = t.logs.slice(logsBefore).filter((line) => line.includes('"job":"mail.send"') && /job failed/.test(line));
    expect(failures.map((line) => JSON.parse(line).level)).toEqual([40, 40, 40, 40, 40, 50]);
    expect(t.logs.join('\n')).not.toContain(message.to);
    expect(await runCount('failed')).toBe(failedBefore + 1);
    expect(await runCount('retried')).toBe(retriedBefore + 5);
  });

  it('refuses input and payloads that fail their schemas before anything is written', async () => {
    const message = email({ to: 'geen-adres' });
    await expect(t.db.transaction((tx) => queueEmail({ tx, ...message }))).rejects.toThrow(/to/);
    await expect(t.db.transaction((tx) => queueEmail({ tx, ...email(), subject: 'Twee\nregels' }))).rejects.toThrow(/subject/);
    await expect(t.db.transaction((tx) => enqueueJob(tx, sendEmailJob, { emailId: 'geen-uuid' }))).rejects.toThrow(InvalidJobPayloadError);
    expect(await t.db.select().from(outgoingEmails).where(eq(outgoingEmails.idempotencyKey, message.idempotencyKey))).toEqual([]);
  });
});

describe('outgoing email without SMTP_URL (development)', () => {
  it('writes the message as an .eml file into MAIL_DIR, making the folder if it is missing, and marks it verzonden', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'eenloket-mail-dir-'));
    const dir = join(parent, 'not-made-yet');
    const local = await createTestApp({ env: { MAIL_DIR: dir, JOBS_WORKER: 'true' } });
    try {
      const message = email();
      const id = await local.db.transaction((tx) => queueEmail({ tx, ...message }));
      await drainJobs(local.deps, { queue: sendEmailJob.name });
      const files = readdirSync(dir);
      expect(files).toEqual([expect.stringMatching(new RegExp(`${id}\\.eml$`))]);
      expect(readFileSync(join(dir, files[0]!), 'utf8')).toContain(`Subject: ${message.subject}`);
      expect(await findOutgoingEmail(local.db, id)).toMatchObject({ status: 'verzonden', messageId: `<${id}@localhost>` });
      // The next message goes into the folder that is there now.
      const second = await local.db.transaction((tx) => queueEmail({ tx, ...email() }));
      await drainJobs(local.deps, { queue: sendEmailJob.name });
      expect(readdirSync(dir).filter((f) => f.endsWith(`${second}.eml`))).toHaveLength(1);
    } finally {
      await local.close();
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('outgoing email when the mail server is down', () => {
  it('retries a connection refused until the limit and keeps the reason', async () => {
    const down = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`, JOBS_WORKER: 'true' } });
    try {
      const id = await down.db.transaction((tx) => queueEmail({ tx, ...email() }));
      await drainJobs(down.deps, { queue: sendEmailJob.name });
      expect(await findOutgoingEmail(down.db, id)).toMatchObject({ status: 'mislukt', attempts: 6 });
      expect((await findOutgoingEmail(down.db, id))!.lastError).toMatch(/ECONNREFUSED|connect/i);
      const [job] = await jobsOf(down.deps, sendEmailJob.name);
      expect(job).toMatchObject({ state: 'failed', retryCount: 5 });
    } finally {
      await down.close();
    }
  });
});
