import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { enqueueJob, jobRequest, type JobRequest } from '../../jobs/enqueue-job.js';
import { insertOutgoingEmail, insertOutgoingEmails } from './mail.repository.js';
import { sendEmailJob } from './send-email.job.js';

const queueEmailInput = z.strictObject({
  to: z.email(),
  // Header injection is nodemailer's to prevent; a line break in a subject is still a caller's bug.
  subject: z.string().trim().min(1).max(200).regex(/^[^\r\n]*$/, 'no line breaks'),
  text: z.string().min(1),
  html: z.string().min(1).optional(),
  // Names the cause, e.g. `application-submitted:<application id>`, so repeating the cause repeats nothing.
  idempotencyKey: z.string().min(1).max(200),
});

export type QueueEmailInput = z.input<typeof queueEmailInput>;

/**
 * Queues an email in the caller's transaction: the row and its `mail.send` job commit or roll back
 * with the change that causes them. A second call with the same idempotency key returns the
 * existing id and enqueues nothing, so the message is sent once.
 */
export async function queueEmail(options: QueueEmailInput & { tx: Db }): Promise<string> {
  const { tx, ...fields } = options;
  const { id, created } = await insertOutgoingEmail(tx, rowOf(fields));
  if (created) await enqueueJob(tx, sendEmailJob, { emailId: id });
  return id;
}

/**
 * queueEmail for many at once (a group commit): stores the emails in one statement and returns the
 * `mail.send` jobs of those that are new, for the caller to enqueue with its other jobs in the same
 * transaction. An email whose idempotency key exists gets no second job.
 */
export async function storeEmails(tx: Db, inputs: QueueEmailInput[]): Promise<JobRequest[]> {
  if (inputs.length === 0) return [];
  const created = await insertOutgoingEmails(tx, inputs.map(rowOf));
  return created.map((emailId) => jobRequest(sendEmailJob, { emailId }));
}

/** The checked email as the row to store (zod at the boundary: a bad address or subject is the caller's bug). */
function rowOf(fields: QueueEmailInput) {
  const input = queueEmailInput.parse(fields);
  return { idempotencyKey: input.idempotencyKey, to: input.to, subject: input.subject, text: input.text, html: input.html ?? null };
}
