import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.js';

describe('loadConfig', () => {
  it('gives the embedded quick start without any variables', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      secureCookies: false,
      database: { url: undefined, pgliteDataDir: './data/pglite', poolSize: 10 },
      demoSeed: true,
      digidTestLogin: true,
      staffLocalLogin: true,
      digidOidc: undefined,
    });
  });

  it('names every invalid variable at once', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', SESSION_IDLE_MINUTES: '0', DATABASE_POOL_SIZE: '1' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      for (const name of ['PORT', 'DATABASE_URL', 'SESSION_IDLE_MINUTES', 'DATABASE_POOL_SIZE']) expect(message).toContain(name);
    }
  });

  it('requires a client id with an issuer and a valid role map', () => {
    expect(() => loadConfig({ DIGID_OIDC_ISSUER: 'https://broker.example' })).toThrow(/DIGID_OIDC_CLIENT_ID/);
    expect(() => loadConfig({ STAFF_OIDC_ISSUER: 'https://idp.example', STAFF_OIDC_CLIENT_ID: 'x', STAFF_OIDC_ROLE_MAP: '[1]' })).toThrow(/STAFF_OIDC_ROLE_MAP/);
  });

  it('reads both identity providers', () => {
    const config = loadConfig({
      DIGID_OIDC_ISSUER: 'https://broker.example',
      DIGID_OIDC_CLIENT_ID: 'loket',
      DIGID_OIDC_BSN_CLAIM: 'urn:nl:bsn',
      STAFF_OIDC_ISSUER: 'https://idp.example',
      STAFF_OIDC_CLIENT_ID: 'werkplek',
      STAFF_OIDC_ROLE_MAP: '{"G-Consulent":"consulent"}',
    });
    expect(config.digidOidc).toMatchObject({ issuer: 'https://broker.example', clientId: 'loket', bsnClaim: 'urn:nl:bsn', scope: 'openid' });
    expect(config.staffOidc?.roleMap).toEqual({ 'G-Consulent': 'consulent' });
  });

  it('makes cookies secure on any non-loopback address', () => {
    expect(loadConfig({ PUBLIC_URL: 'http://10.0.0.5:3000' }).secureCookies).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'https://loket.voorbeeldstad.nl/' }).publicUrl).toBe('https://loket.voorbeeldstad.nl');
  });

  it('requires PUBLIC_URL in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_URL/);
  });

  it('runs the job worker every second and writes mail to ./data/mail by default', () => {
    expect(loadConfig({})).toMatchObject({
      jobs: { worker: true, pollSeconds: 1 },
      mail: { smtpUrl: undefined, from: { name: 'Gemeente Voorbeeldstad', address: 'noreply@localhost' }, dir: './data/mail' },
    });
    expect(loadConfig({ MUNICIPALITY_NAME: 'Súdwest-Fryslân' }).mail.from.name).toBe('Gemeente Súdwest-Fryslân');
    expect(loadConfig({ JOBS_WORKER: 'false', JOBS_POLL_SECONDS: '0.5' }).jobs).toEqual({ worker: false, pollSeconds: 0.5 });
  });

  it('samples 5% of automatic grants and tries an assessment five times by default; 0 and 1 are valid shares', () => {
    expect(loadConfig({}).assessment).toEqual({ reviewShare: 0.05, maxAttempts: 5 });
    expect(loadConfig({ ASSESSMENT_REVIEW_SHARE: '0', ASSESSMENT_MAX_ATTEMPTS: '1' }).assessment).toEqual({ reviewShare: 0, maxAttempts: 1 });
    expect(loadConfig({ ASSESSMENT_REVIEW_SHARE: '1' }).assessment.reviewShare).toBe(1);
    expect(() => loadConfig({ ASSESSMENT_REVIEW_SHARE: '1.5' })).toThrow(/ASSESSMENT_REVIEW_SHARE/);
    expect(() => loadConfig({ ASSESSMENT_MAX_ATTEMPTS: '11' })).toThrow(/ASSESSMENT_MAX_ATTEMPTS/);
  });

  it('refuses polling faster than pg-boss allows and a URL that is not SMTP, without echoing it', () => {
    expect(() => loadConfig({ JOBS_POLL_SECONDS: '0.1' })).toThrow(/JOBS_POLL_SECONDS/);
    for (const url of ['http://user:geheim@mail.example', 'smtp://', 'mail.example:25']) {
      try {
        loadConfig({ SMTP_URL: url });
        expect.unreachable();
      } catch (error) {
        expect((error as ConfigError).message).toMatch(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
        expect((error as ConfigError).message).not.toContain('geheim');
      }
    }
  });

  it('reads SMTP_URL and MAIL_FROM, which must be a single address', () => {
    const config = loadConfig({ SMTP_URL: 'smtps://loket:geheim@smtp.voorbeeldstad.nl:465', MAIL_FROM: 'Gemeente Voorbeeldstad <noreply@voorbeeldstad.nl>' });
    expect(config.mail).toMatchObject({ smtpUrl: 'smtps://loket:geheim@smtp.voorbeeldstad.nl:465', from: { name: 'Gemeente Voorbeeldstad', address: 'noreply@voorbeeldstad.nl' } });
    expect(loadConfig({ MAIL_FROM: 'loket@voorbeeldstad.nl' }).mail.from).toEqual({ name: '', address: 'loket@voorbeeldstad.nl' });
    expect(() => loadConfig({ MAIL_FROM: 'a@voorbeeldstad.nl, b@voorbeeldstad.nl' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ MAIL_FROM: 'Gemeente <geen-adres>' })).toThrow(/MAIL_FROM/);
  });

  it('requires SMTP_URL and MAIL_FROM in production, naming both', () => {
    const production = { NODE_ENV: 'production', PUBLIC_URL: 'https://loket.voorbeeldstad.nl', EMBEDDED_REGISTRIES: 'brp,kvk,income' };
    expect(() => loadConfig(production)).toThrow(/SMTP_URL: required when NODE_ENV=production[\s\S]*MAIL_FROM: required/);
    const config = loadConfig({ ...production, SMTP_URL: 'smtp://smtp.voorbeeldstad.nl', MAIL_FROM: 'noreply@voorbeeldstad.nl' });
    expect(config.mail.smtpUrl).toBe('smtp://smtp.voorbeeldstad.nl');
  });

  it('uses the embedded registries without URLs, and reads each connector', () => {
    expect(loadConfig({}).registries).toEqual({ brp: undefined, kvk: undefined, income: undefined });
    const dir = mkdtempSync(join(tmpdir(), 'eenloket-env-'));
    try {
      for (const name of ['client.pem', 'client.key', 'ca.pem']) writeFileSync(join(dir, name), 'PEM');
      const config = loadConfig({
        BRP_API_URL: 'https://brp.example/haalcentraal/api/brp/',
        BRP_CLIENT_CERT: join(dir, 'client.pem'),
        BRP_CLIENT_KEY: join(dir, 'client.key'),
        BRP_CA: join(dir, 'ca.pem'),
        BRP_TIMEOUT_MS: '2500',
        KVK_API_URL: 'https://api.kvk.nl/test/api',
        KVK_API_KEY: 'l7xx-test',
      });
      expect(config.registries.brp).toEqual({
        url: 'https://brp.example/haalcentraal/api/brp',
        apiKey: undefined,
        tls: { certFile: join(dir, 'client.pem'), keyFile: join(dir, 'client.key'), caFile: join(dir, 'ca.pem') },
        timeoutMs: 2500,
      });
      expect(config.registries.kvk).toMatchObject({ url: 'https://api.kvk.nl/test/api', apiKey: 'l7xx-test', timeoutMs: 5000 });
      expect(config.registries.income).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the registry variable that is wrong: certificate pairs, missing files, URLs, timeouts', () => {
    expect(() => loadConfig({ BRP_API_URL: 'https://brp.example', BRP_CLIENT_CERT: '/nonexistent/client.pem' })).toThrow(
      /BRP_CLIENT_KEY: required when BRP_CLIENT_CERT is set[\s\S]*BRP_CLIENT_CERT: file not found/,
    );
    expect(() => loadConfig({ KVK_API_URL: 'ftp://kvk.example' })).toThrow(/KVK_API_URL: must be an http/);
    expect(() => loadConfig({ INCOME_API_URL: 'https://gw.example', INCOME_TIMEOUT_MS: '10' })).toThrow(/INCOME_TIMEOUT_MS/);
    expect(() => loadConfig({ EMBEDDED_REGISTRIES: 'brp,bag' })).toThrow(/EMBEDDED_REGISTRIES/);
  });

  it('in production, needs an https URL per registry or an explicit EMBEDDED_REGISTRIES', () => {
    const production = { NODE_ENV: 'production', PUBLIC_URL: 'https://loket.voorbeeldstad.nl', SMTP_URL: 'smtp://smtp.voorbeeldstad.nl', MAIL_FROM: 'noreply@voorbeeldstad.nl' };
    expect(() => loadConfig(production)).toThrow(/BRP_API_URL: required when NODE_ENV=production, unless EMBEDDED_REGISTRIES includes brp[\s\S]*KVK_API_URL[\s\S]*INCOME_API_URL/);
    expect(() => loadConfig({ ...production, BRP_API_URL: 'http://brp.intern', EMBEDDED_REGISTRIES: 'kvk,income' })).toThrow(/BRP_API_URL: must be an https:\/\/ URL/);
    // A municipality without an income gateway: residents state their income; the embedded registry stays empty.
    const config = loadConfig({ ...production, BRP_API_URL: 'https://brp.intern', KVK_API_URL: 'https://api.kvk.nl/api', EMBEDDED_REGISTRIES: 'income' });
    expect(config.registries.brp?.url).toBe('https://brp.intern');
    expect(config.registries.income).toBeUndefined();
  });
});
