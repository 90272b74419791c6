import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpTestServer } from '../../../../tests/support/smtp-test-server.js';
import { createMailTransport, SMTP_MAX_CONNECTIONS } from './mail-transport.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('createMailTransport without SMTP_URL', () => {
  it('writes each message as an .eml file with a Message-ID derived from the email id', async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'eenloket-mail-test-')), 'nested');
    const transport = createMailTransport({ smtpUrl: undefined, from: { name: 'Gemeente Voorbeeldstad', address: 'noreply@voorbeeldstad.nl' }, dir });
    expect(transport.kind).toBe('folder');
    const id = '0b5d1c2e-4a4f-4a51-9a3b-2f7d5c9e8a10';
    const sent = await transport.send({ id, to: 'inwoner@example.nl', subject: 'Wij hebben uw aanvraag ontvangen', text: 'Beste inwoner,', html: '<p>Beste inwoner,</p>' });

    expect(sent.messageId).toBe(`<${id}@voorbeeldstad.nl>`);
    expect(readdirSync(dir)).toEqual([sent.file!.split('/').at(-1)]);
    expect(sent.file).toMatch(new RegExp(`${id}\\.eml$`));
    const eml = readFileSync(sent.file!, 'utf8');
    expect(eml).toContain(`Message-ID: <${id}@voorbeeldstad.nl>`);
    expect(eml).toContain('From: Gemeente Voorbeeldstad <noreply@voorbeeldstad.nl>');
    expect(eml).toContain('To: inwoner@example.nl');
    expect(eml).toContain('Subject: Wij hebben uw aanvraag ontvangen');
    expect(eml).toContain('Auto-Submitted: auto-generated');
    expect(eml).toContain('multipart/alternative');
    transport.close();
  });
});

describe('createMailTransport with SMTP_URL', () => {
  it('sends messages that go out together over a few reused connections, each once with its Message-ID', async () => {
    const server = await startSmtpTestServer();
    const transport = createMailTransport({ smtpUrl: server.url, from: { name: 'Gemeente Voorbeeldstad', address: 'noreply@voorbeeldstad.nl' }, dir: 'unused' });
    try {
      const ids = Array.from({ length: 12 }, (_, i) => `0b5d1c2e-4a4f-4a51-9a3b-2f7d5c9e8a${String(i).padStart(2, '0')}`);
      const sent = await Promise.all(ids.map((id, i) => transport.send({ id, to: `inwoner${i}@example.nl`, subject: 'Wij hebben uw aanvraag ontvangen', text: 'Beste inwoner,', html: null })));
      const messageIds = ids.map((id) => `<${id}@voorbeeldstad.nl>`);
      expect(sent.map((s) => s.messageId)).toEqual(messageIds);
      expect(server.messages.map((m) => m.headers['message-id']).sort()).toEqual([...messageIds].sort());
      expect(server.messages.map((m) => m.envelopeTo[0]).sort()).toEqual(ids.map((_, i) => `inwoner${i}@example.nl`).sort());
      expect(server.connections.mostOpen).toBeLessThanOrEqual(SMTP_MAX_CONNECTIONS);
      expect(server.connections.opened).toBeLessThan(ids.length);
    } finally {
      transport.close();
      await server.close();
    }
  });
});
