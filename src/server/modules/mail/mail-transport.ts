import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';
import type { AppConfig } from '../../config/env.js';

export interface OutgoingMessage {
  /** The outgoing_emails id; also the left part of the Message-ID. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

export interface MailTransport {
  kind: 'smtp' | 'folder';
  /** Hands one message over; resolves with its Message-ID (and, for the folder, the file written). */
  send(message: OutgoingMessage): Promise<{ messageId: string; file?: string }>;
  close(): void;
}

// Bounded waits, so a hanging mail server fails the attempt well within the job's timeout.
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * SMTP connections kept open and reused: sends that run side by side (the mail.send job's
 * concurrency) queue for them, instead of each opening a connection of its own (a handshake, and
 * TLS, per message) and a relay seeing as many connections as there are runs.
 */
export const SMTP_MAX_CONNECTIONS = 4;

/**
 * SMTP when SMTP_URL is set; otherwise (never in production, config refuses that) a folder of .eml
 * files, so the quick start runs without a mail server and a developer can open what would be sent.
 */
export function createMailTransport(mail: AppConfig['mail']): MailTransport {
  const from = mail.from;
  // Derived from the email's id, so a message sent twice (at-least-once delivery) carries the same
  // Message-ID and receiving systems that deduplicate on it show it once.
  const headersOf = (message: OutgoingMessage) => ({
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html !== null ? { html: message.html } : {}),
    messageId: `<${message.id}@${from.address.split('@')[1] ?? 'localhost'}>`,
    // RFC 3834: tells auto-responders (out-of-office) not to answer a machine.
    headers: { 'Auto-Submitted': 'auto-generated' },
  });

  if (mail.smtpUrl) {
    const transporter = nodemailer.createTransport({ url: mail.smtpUrl, pool: true, maxConnections: SMTP_MAX_CONNECTIONS, ...SMTP_TIMEOUTS });
    return {
      kind: 'smtp',
      send: async (message) => {
        const info = await transporter.sendMail(headersOf(message));
        return { messageId: info.messageId };
      },
      close: () => transporter.close(),
    };
  }

  const dir = resolve(mail.dir);
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'folder',
    send: async (message) => {
      const info = await transporter.sendMail(headersOf(message));
      const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${message.id}.eml`);
      // The folder is made when the first message finds it missing, not before every message.
      await writeFile(file, info.message as Buffer).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        await mkdir(dir, { recursive: true });
        await writeFile(file, info.message as Buffer);
      });
      return { messageId: info.messageId, file };
    },
    close: () => transporter.close(),
  };
}
