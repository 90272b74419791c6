import { z } from 'zod';
import { defineJob } from '../../jobs/define-job.js';
import { safeErrorMessage } from '../../observability/describe-error.js';
import { findOutgoingEmail, markEmailSent, recordEmailFailure } from './mail.repository.js';

/**
 * Sends one outgoing email. Safe twice: a row already verzonden is left alone. Not exactly once:
 * a crash between the server's acceptance and marking the row sends it again (SMTP has no
 * idempotency), with the same Message-ID.
 */
export const sendEmailJob = defineJob({
  name: 'mail.send',
  payload: z.strictObject({ emailId: z.uuid() }),
  // Retries after 1–2, 2–4, 4–8, 8–16 and 16–32 minutes: half an hour to an hour rides out a mail server outage.
  retry: { limit: 5, delaySeconds: 60, backoff: true },
  timeoutSeconds: 5 * 60,
  // Several at once, so a wave of submits is confirmed within seconds (one at a time fell behind at
  // 50 a second) and the sends share their reads and 'verzonden' marks; SMTP sends queue for the
  // transport's few pooled connections.
  concurrency: 16,
  handler: async ({ emailId }, { deps, job, logger }) => {
    const db = deps.database.db;
    const email = await findOutgoingEmail(db, emailId);
    if (!email) {
      // Enqueued in the same transaction as the row, so this means someone deleted it; nothing to send.
      logger.warn({ emailId }, 'outgoing email not found; nothing to send');
      return;
    }
    if (email.status === 'verzonden') {
      logger.info({ emailId }, 'outgoing email was already sent; not sending it again');
      return;
    }
    let sent: { messageId: string; file?: string };
    try {
      sent = await deps.mail.send({ id: email.id, to: email.to, subject: email.subject, text: email.text, html: email.html });
    } catch (error) {
      await recordEmailFailure(db, { id: email.id, error: safeErrorMessage(error), final: job.isFinalAttempt });
      throw error;
    }
    await markEmailSent(db, { id: email.id, messageId: sent.messageId, sentAt: new Date() });
    logger.info({ emailId, transport: deps.mail.kind, ...(sent.file ? { file: sent.file } : {}) }, 'outgoing email sent');
  },
});
