import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMailTransport } from './mail-transport.js';

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
