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
      database: { url: undefined, pgliteDataDir: './data/pglite' },
      demoSeed: true,
      digidTestLogin: true,
      staffLocalLogin: true,
      digidOidc: undefined,
    });
  });

  it('names every invalid variable at once', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', SESSION_IDLE_MINUTES: '0' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      for (const name of ['PORT', 'DATABASE_URL', 'SESSION_IDLE_MINUTES']) expect(message).toContain(name);
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
});
