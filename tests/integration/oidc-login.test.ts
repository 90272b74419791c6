import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../src/server/modules/audit/audit.tables.js';
import { staffUsers } from '../../src/server/modules/staff/staff.tables.js';
import { createPerson } from '../support/factories.js';
import { loginAtProvider, startTestIdentityProvider, type TestIdentityProvider } from '../support/oidc-test-provider.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

const publicUrl = 'http://localhost:3000';

/** Starts a login at Eenloket, logs in at the provider and delivers the callback to Eenloket. */
async function loginThroughProvider(t: TestApp, client: TestClient, provider: 'digid' | 'staff', subject: string, returnTo?: string) {
  const start = await client.get(`/api/auth/${provider}/login${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`);
  expect(start.statusCode).toBe(303);
  const authUrl = new URL(start.headers.location as string);
  expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authUrl.searchParams.get('nonce')).toBeTruthy();
  const callback = await loginAtProvider(authUrl.href, subject);
  expect(callback.origin).toBe(publicUrl);
  const response = await client.get(`${callback.pathname}${callback.search}`);
  return { response, callback };
}

describe('DigiD through an OpenID Connect broker', () => {
  let idp: TestIdentityProvider;
  let t: TestApp;
  let bsn: string;

  beforeAll(async () => {
    const accounts: Record<string, Record<string, unknown>> = {};
    idp = await startTestIdentityProvider({ publicUrl, callbackPath: '/api/auth/digid/callback', accounts, claims: ['burgerservicenummer'] });
    t = await createTestApp({
      env: {
        DIGID_OIDC_ISSUER: idp.issuer,
        DIGID_OIDC_CLIENT_ID: idp.clientId,
        DIGID_OIDC_CLIENT_SECRET: idp.clientSecret,
        DIGID_OIDC_BSN_CLAIM: 'burgerservicenummer',
        DIGID_TEST_LOGIN: 'false',
      },
    });
    const person = await createPerson(t.db, { givenNames: 'Fatima', familyName: 'El Amrani' });
    bsn = person.bsn;
    accounts['digid-user-1'] = { burgerservicenummer: `s00000000:${bsn}` };
    accounts['digid-user-2'] = { burgerservicenummer: '123' };
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });

  it('logs a resident in with the BSN from the configured claim', async () => {
    const client = new TestClient(t.app);
    const { response } = await loginThroughProvider(t, client, 'digid', 'digid-user-1', '/loket/aanvragen');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/loket/aanvragen');
    const session = (await client.get('/api/auth/session')).json();
    expect(session).toMatchObject({ authenticated: true, principal: { kind: 'resident', displayName: 'Fatima El Amrani', roles: ['inwoner'], authMethod: 'digid-oidc' } });
    const me = (await client.get('/api/loket/me')).json();
    expect(me.person.bsn).toBe(bsn);
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, 'session.login'));
    expect(entries.some((e) => e.subjectBsn === bsn && e.details.method === 'digid-oidc')).toBe(true);
  });

  it('refuses a login without a valid BSN and says why on the login page', async () => {
    const client = new TestClient(t.app);
    const { response } = await loginThroughProvider(t, client, 'digid', 'digid-user-2');
    expect(response.headers.location).toBe('/loket/inloggen?fout=oidc.bsn_missing');
    expect((await client.get('/api/auth/session')).json().authenticated).toBe(false);
  });

  it('refuses a replayed callback', async () => {
    const client = new TestClient(t.app);
    const { callback } = await loginThroughProvider(t, client, 'digid', 'digid-user-1');
    const replay = await new TestClient(t.app).get(`${callback.pathname}${callback.search}`);
    expect(replay.headers.location).toBe('/loket/inloggen?fout=oidc.state_invalid');
  });

  it('refuses a callback with a forged state or an error from the provider', async () => {
    const forged = await new TestClient(t.app).get('/api/auth/digid/callback?code=abc&state=forged');
    expect(forged.headers.location).toBe('/loket/inloggen?fout=oidc.state_invalid');
    const cancelled = await new TestClient(t.app).get('/api/auth/digid/callback?error=access_denied&state=x');
    expect(cancelled.headers.location).toBe('/loket/inloggen?fout=oidc.cancelled');
  });

  it('never redirects outside the site after login', async () => {
    const client = new TestClient(t.app);
    const { response } = await loginThroughProvider(t, client, 'digid', 'digid-user-1', '//evil.example/x');
    expect(response.headers.location).toBe('/loket');
  });

  it('has the test login switched off when configured so', async () => {
    const response = await new TestClient(t.app).post('/api/auth/digid-test/login', { bsn });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('auth.digid_test_disabled');
  });
});

describe('staff login through the municipality identity provider', () => {
  let idp: TestIdentityProvider;
  let t: TestApp;

  beforeAll(async () => {
    idp = await startTestIdentityProvider({
      publicUrl,
      callbackPath: '/api/auth/staff/callback',
      claims: ['name', 'email', 'groups'],
      accounts: {
        'emp-1': { name: 'Sanne de Boer', email: 'sanne@voorbeeldstad.nl', groups: ['SD-Consulenten', 'Iedereen'] },
        'emp-2': { name: 'Piet Zonder Rol', groups: ['Iedereen'] },
      },
    });
    t = await createTestApp({
      env: {
        STAFF_OIDC_ISSUER: idp.issuer,
        STAFF_OIDC_CLIENT_ID: idp.clientId,
        STAFF_OIDC_CLIENT_SECRET: idp.clientSecret,
        STAFF_OIDC_ROLES_CLAIM: 'groups',
        STAFF_OIDC_ROLE_MAP: JSON.stringify({ 'SD-Consulenten': 'consulent', 'SD-Audit': 'auditor' }),
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });

  it('provisions the staff member with mapped roles and logs out at the provider', async () => {
    const client = new TestClient(t.app);
    const { response } = await loginThroughProvider(t, client, 'staff', 'emp-1');
    expect(response.headers.location).toBe('/werkplek');
    const session = (await client.get('/api/auth/session')).json();
    expect(session.principal).toMatchObject({ kind: 'staff', displayName: 'Sanne de Boer', roles: ['consulent'], authMethod: 'staff-oidc' });
    const [user] = await t.db.select().from(staffUsers).where(eq(staffUsers.oidcSubject, 'emp-1'));
    expect(user).toMatchObject({ email: 'sanne@voorbeeldstad.nl', roles: ['consulent'], passwordHash: null });

    client.csrfToken = session.csrfToken;
    const logout = await client.post('/api/auth/logout');
    expect(logout.statusCode).toBe(200);
    const redirect = new URL(logout.json().redirectTo);
    expect(redirect.origin).toBe(idp.issuer);
    expect(redirect.searchParams.get('id_token_hint')).toBeTruthy();
    expect(redirect.searchParams.get('post_logout_redirect_uri')).toBe(`${publicUrl}/werkplek`);
    expect((await client.get('/api/auth/session')).json().authenticated).toBe(false);
  });

  it('refuses a staff member without an Eenloket role', async () => {
    const client = new TestClient(t.app);
    const { response } = await loginThroughProvider(t, client, 'staff', 'emp-2');
    expect(response.headers.location).toBe('/werkplek/inloggen?fout=auth.no_roles');
  });

  it('refuses an account disabled in Eenloket even when the provider accepts it', async () => {
    await t.db.update(staffUsers).set({ active: false }).where(eq(staffUsers.oidcSubject, 'emp-1'));
    const { response } = await loginThroughProvider(t, new TestClient(t.app), 'staff', 'emp-1');
    expect(response.headers.location).toBe('/werkplek/inloggen?fout=auth.account_inactive');
  });
});

describe('an unreachable identity provider', () => {
  it('gives a clear 503 and the server keeps running', async () => {
    const t = await createTestApp({ env: { DIGID_OIDC_ISSUER: 'http://127.0.0.1:9/', DIGID_OIDC_CLIENT_ID: 'x' } });
    const response = await t.app.inject('/api/auth/digid/login');
    expect(response.statusCode).toBe(503);
    expect(response.json().code).toBe('oidc.unavailable');
    expect((await t.app.inject('/health/live')).statusCode).toBe(200);
    await t.close();
  });
});
