import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { rootCertificates } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistryHttp, tlsAgentOptions, TransportError } from './registry-http.js';

// TLS for the registry connectors: the agent options built from the configured files, and a real
// mutual-TLS handshake with certificates made by openssl (skipped, with a notice, without openssl).

const dir = mkdtempSync(join(tmpdir(), 'eenloket-tls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tlsAgentOptions', () => {
  it('reads the client certificate pair and adds the CA to the public roots instead of replacing them', () => {
    for (const [name, content] of [['client.pem', 'CERT'], ['client.key', 'KEY'], ['ca.pem', 'CA']] as const) writeFileSync(join(dir, name), content);
    const options = tlsAgentOptions({ certFile: join(dir, 'client.pem'), keyFile: join(dir, 'client.key'), caFile: join(dir, 'ca.pem') });
    expect(options.cert?.toString()).toBe('CERT');
    expect(options.key?.toString()).toBe('KEY');
    expect(options.ca).toHaveLength(rootCertificates.length + 1);
    expect((options.ca as string[]).at(-1)).toBe('CA');
  });

  it('adds nothing without files, and only the CA without a certificate pair', () => {
    expect(tlsAgentOptions({ certFile: undefined, keyFile: undefined, caFile: undefined })).toEqual({});
    expect(Object.keys(tlsAgentOptions({ certFile: undefined, keyFile: undefined, caFile: join(dir, 'ca.pem') }))).toEqual(['ca']);
  });

  it('fails at start-up, not at the first request, when a file cannot be read', () => {
    expect(() => createRegistryHttp({ config: { url: 'https://brp.example', apiKey: undefined, tls: { certFile: join(dir, 'missing.pem'), keyFile: join(dir, 'client.key'), caFile: undefined }, timeoutMs: 1000 }, apiKeyHeader: 'x-api-key' })).toThrow(/missing\.pem/);
  });
});

const openssl = spawnSync('openssl', ['version']).status === 0;
if (!openssl) console.warn('[skipped] mutual TLS handshake: openssl is not installed.');

describe.skipIf(!openssl)('mutual TLS against a server that requires a client certificate', () => {
  let server: Server;
  let url: string;
  const seen: Array<string | undefined> = [];
  const run = (...args: string[]) => {
    const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`openssl ${args[0]} failed: ${result.stderr}`);
  };

  beforeAll(async () => {
    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
    run('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca-real.pem', '-days', '1', '-subj', '/CN=Eenloket Test CA');
    writeFileSync(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
    for (const [name, subject] of [['server', '/CN=127.0.0.1'], ['client', '/CN=eenloket-test-client']] as const) {
      run('req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject);
      run('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca-real.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}-real.pem`, '-days', '1', ...(name === 'server' ? ['-extfile', 'san.ext'] : []));
    }
    server = createServer(
      { key: readFileSync(join(dir, 'server.key')), cert: readFileSync(join(dir, 'server-real.pem')), ca: readFileSync(join(dir, 'ca-real.pem')), requestCert: true, rejectUnauthorized: true },
      (req, res) => {
        const cn = (req.socket as TLSSocket).getPeerCertificate().subject?.CN;
        seen.push(Array.isArray(cn) ? cn.join(',') : cn);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  }, 30_000);
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const client = (tls: { certFile?: string; keyFile?: string; caFile?: string }) =>
    createRegistryHttp({ config: { url, apiKey: undefined, tls: { certFile: tls.certFile, keyFile: tls.keyFile, caFile: tls.caFile }, timeoutMs: 5000 }, apiKeyHeader: 'x-api-key' });

  it('presents the client certificate and trusts the server through the configured CA', async () => {
    const http = client({ certFile: join(dir, 'client-real.pem'), keyFile: join(dir, 'client.key'), caFile: join(dir, 'ca-real.pem') });
    expect(await http.send({ method: 'GET', path: '/ping', accept: 'application/json' })).toEqual({ status: 200, contentType: 'application/json', body: { ok: true } });
    expect(seen.at(-1)).toBe('eenloket-test-client');
    http.close();
  });

  it('fails as a connection error without the client certificate, or without trusting the server', async () => {
    const noCertificate = client({ caFile: join(dir, 'ca-real.pem') });
    await expect(noCertificate.send({ method: 'GET', path: '/ping', accept: 'application/json' })).rejects.toMatchObject({ name: 'TransportError', failure: 'connection' });
    const untrusted = client({ certFile: join(dir, 'client-real.pem'), keyFile: join(dir, 'client.key') });
    const error = await untrusted.send({ method: 'GET', path: '/ping', accept: 'application/json' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).failure).toBe('connection');
  });
});
