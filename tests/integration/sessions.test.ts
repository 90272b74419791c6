import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { loadConfig, ConfigError } from '../../src/server/config/env.js';
import { sessions } from '../../src/server/modules/auth/auth.tables.js';
import { deleteExpired } from '../../src/server/modules/auth/session.repository.js';
import { staffUsers } from '../../src/server/modules/staff/staff.tables.js';
import { createPerson, createStaff } from '../support/factories.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_MAX_ATTEMPTS: '3' } });
});
afterAll(() => t.close());

describe('local staff login', () => {
  it('sets an HttpOnly SameSite cookie and stores only the token hash', async () => {
    const staff = await createStaff(t.db, { roles: ['consulent', 'teamleider'] });
    const client = new TestClient(t.app);
    const response = await client.loginStaff(staff.username!.toUpperCase(), staff.password);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'eenloket_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(response.json().principal).toMatchObject({ kind: 'staff', roles: ['consulent', 'teamleider'], authMethod: 'staff-local' });
    const rows = await t.db.select().from(sessions).where(eq(sessions.staffUserId, staff.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toBe(cookie.value);
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const staff = await createStaff(t.db, { roles: ['consulent'] });
    const wrong = await new TestClient(t.app).loginStaff(staff.username!, 'wrong-password-123');
    const unknown = await new TestClient(t.app).loginStaff('nobody-here', 'wrong-password-123');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe('auth.invalid_credentials');
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    const staff = await createStaff(t.db, { roles: ['consulent'] });
    for (let i = 0; i < 3; i++) expect((await new TestClient(t.app).loginStaff(staff.username!, 'nope-nope-nope')).statusCode).toBe(401);
    const locked = await new TestClient(t.app).loginStaff(staff.username!, staff.password);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('auth.locked');
  });

  it('refuses a disabled account', async () => {
    const staff = await createStaff(t.db, { roles: ['consulent'], active: false });
    expect((await new TestClient(t.app).loginStaff(staff.username!, staff.password)).statusCode).toBe(401);
  });

  it('rate-limits login attempts per client', async () => {
    const limited = await createTestApp();
    let last = 0;
    for (let i = 0; i < 22; i++) last = (await new TestClient(limited.app).loginStaff('x', 'y')).statusCode;
    expect(last).toBe(429);
    await limited.close();
  });
});

describe('CSRF protection', () => {
  it('requires the session CSRF token on state-changing requests', async () => {
    const staff = await createStaff(t.db, { roles: ['consulent'] });
    const client = new TestClient(t.app);
    await client.loginStaff(staff.username!, staff.password);
    const token = client.csrfToken;

    client.csrfToken = undefined;
    const missing = await client.post('/api/auth/logout-everywhere');
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('csrf.missing');

    client.csrfToken = 'x'.repeat(43);
    const wrong = await client.post('/api/auth/logout-everywhere');
    expect(wrong.json().code).toBe('csrf.invalid');

    client.csrfToken = token;
    expect((await client.post('/api/auth/logout-everywhere')).statusCode).toBe(200);
  });

  it('refuses cross-site requests, also before login', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      headers: { origin: 'https://evil.example' },
      payload: { username: 'a', password: 'b' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf.cross_site');
  });
});

describe('session expiry and logout', () => {
  it('expires an idle session, clears the cookie and says so', async () => {
    const staff = await createStaff(t.db, { roles: ['consulent'] });
    const client = new TestClient(t.app);
    await client.loginStaff(staff.username!, staff.password);
    await t.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 16 * 60_000) }).where(eq(sessions.staffUserId, staff.id));
    const response = await client.post('/api/werkplek/contact-moments', {});
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('session.expired');
    expect(client.cookie).toBeUndefined();
    expect(await t.db.select().from(sessions).where(eq(sessions.staffUserId, staff.id))).toHaveLength(0);
  });

  it('expires a session at its absolute end even when active', async () => {
    const staff = await createStaff(t.db, { roles: ['consulent'] });
    const client = new TestClient(t.app);
    await client.loginStaff(staff.username!, staff.password);
    await t.db.update(sessions).set({ absoluteExpiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.staffUserId, staff.id));
    expect((await client.get('/api/auth/session')).json().authenticated).toBe(false);
    expect((await client.get('/api/werkplek/home')).statusCode).toBe(401);
  });

  it('keeps an active session alive and reports its idle deadline', async () => {
    const staff = await createStaff(t.db, { roles: ['consulent'] });
    const client = new TestClient(t.app);
    await client.loginStaff(staff.username!, staff.password);
    await t.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 10 * 60_000) }).where(eq(sessions.staffUserId, staff.id));
    const info = (await client.get('/api/auth/session')).json();
    expect(info.authenticated).toBe(true);
    expect(new Date(info.idleExpiresAt).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it('logs out everywhere: every device of the same person loses its session', async () => {
    const person = await createPerson(t.db);
    const phone = new TestClient(t.app);
    const laptop = new TestClient(t.app);
    await phone.loginResident(person.bsn);
    await laptop.loginResident(person.bsn);
    const response = await phone.post('/api/auth/logout-everywhere');
    expect(response.json()).toEqual({ sessionsEnded: 2 });
    expect((await laptop.get('/api/auth/session')).json().authenticated).toBe(false);
  });

  it('ends the sessions of a staff member whose rights change', async () => {
    const admin = await createStaff(t.db, { roles: ['functioneel-beheerder'] });
    const staff = await createStaff(t.db, { roles: ['consulent'] });
    const adminClient = new TestClient(t.app);
    await adminClient.loginStaff(admin.username!, admin.password);
    const staffClient = new TestClient(t.app);
    await staffClient.loginStaff(staff.username!, staff.password);
    const response = await adminClient.patch(`/api/werkplek/staff-users/${staff.id}`, { active: false });
    expect(response.statusCode).toBe(200);
    expect((await staffClient.get('/api/werkplek/home')).statusCode).toBe(401);
    const [row] = await t.db.select().from(staffUsers).where(eq(staffUsers.id, staff.id));
    expect(row!.active).toBe(false);
  });

  it('housekeeping removes expired sessions', async () => {
    const staff = await createStaff(t.db, { roles: ['consulent'] });
    const client = new TestClient(t.app);
    await client.loginStaff(staff.username!, staff.password);
    await t.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 60 * 60_000) }).where(eq(sessions.staffUserId, staff.id));
    expect(await deleteExpired(t.db, new Date(), 15)).toBeGreaterThanOrEqual(1);
    expect(await t.db.select().from(sessions).where(eq(sessions.staffUserId, staff.id))).toHaveLength(0);
  });
});

describe('configuration guards', () => {
  it('makes the DigiD test login and demo data impossible in production', () => {
    const base = { NODE_ENV: 'production', PUBLIC_URL: 'https://loket.example.nl', SMTP_URL: 'smtp://smtp.example.nl', MAIL_FROM: 'noreply@example.nl', EMBEDDED_REGISTRIES: 'brp,kvk,income' };
    expect(() => loadConfig({ ...base, DIGID_TEST_LOGIN: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, DEMO_SEED: 'true' })).toThrow(/DEMO_SEED/);
    const config = loadConfig(base);
    expect(config.digidTestLogin).toBe(false);
    expect(config.demoSeed).toBe(false);
    expect(config.secureCookies).toBe(true);
  });

  it('uses a __Host- cookie outside localhost', async () => {
    const secure = await createTestApp({ env: { PUBLIC_URL: 'https://loket.example.nl' } });
    const person = await createPerson(secure.db);
    const response = await secure.app.inject({ method: 'POST', url: '/api/auth/digid-test/login', headers: { origin: 'https://loket.example.nl' }, payload: { bsn: person.bsn } });
    const cookie = response.cookies[0]!;
    expect(cookie.name).toBe('__Host-eenloket_session');
    expect(cookie.secure).toBe(true);
    await secure.close();
  });
});

describe('logging in again', () => {
  it('ends the session the browser had before', async () => {
    const first = await createStaff(t.db, { roles: ['consulent'] });
    const second = await createStaff(t.db, { roles: ['auditor'] });
    const client = new TestClient(t.app);
    await client.loginStaff(first.username!, first.password);
    await client.loginStaff(second.username!, second.password);
    expect(await t.db.select().from(sessions).where(eq(sessions.staffUserId, first.id))).toHaveLength(0);
    expect((await client.get('/api/auth/session')).json().principal.roles).toEqual(['auditor']);
  });
});
