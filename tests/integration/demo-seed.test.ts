import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { loadConfig } from '../../src/server/config/env.js';
import { DEMO_SEED_VERSION, seedDemoMunicipality, type SeedResult } from '../../src/server/demo/seed-demo-municipality.js';
import { demoQueueApplicationIds } from '../../src/server/demo/demo-applications.js';
import { demoStaffAccounts } from '../../src/server/demo/demo-staff-accounts.js';
import { auditLog } from '../../src/server/modules/audit/audit.tables.js';
import { demoSeedRuns } from '../../src/server/modules/registry/registry.tables.js';
import { verifyAuditChain } from '../../src/server/modules/audit/verify-audit-chain.js';
import { todayInAmsterdam } from '../../src/shared/forms/formats.js';
import { assessments } from '../../src/server/modules/assessment/assessment.tables.js';
import { applications } from '../../src/server/modules/applications/applications.tables.js';
import { regelingParameterPeriods } from '../../src/server/modules/regelingen/regelingen.tables.js';
import { applyOnline, runJobs } from '../support/assessment-flow.js';
import { installShippedRegelingen } from '../support/regelingen.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// The demo municipality that `npm start` seeds: realistic size and shape, idempotent, usable
// through the real login endpoints.

let t: TestApp;
let first: SeedResult;
const queueIds = demoQueueApplicationIds(40);
const rows = async <T>(query: ReturnType<typeof sql>) => ((await t.db.execute(query)) as unknown as { rows: T[] }).rows;

beforeAll(async () => {
  t = await createTestApp();
  await installShippedRegelingen(t.db);
  first = await seedDemoMunicipality({ db: t.db, config: t.deps.config });
}, 120_000);
afterAll(() => t.close());

describe('demo seed', () => {
  it('creates at least 10,000 living persons in households, from newborn to 90+', async () => {
    expect(first.skipped).toBe(false);
    const [stats] = await rows<{ living: number; newborns: number; nineties: number; households: number }>(sql`
      select count(*) filter (where death_date is null)::int as living,
             count(*) filter (where death_date is null and birth_date > current_date - 365)::int as newborns,
             count(*) filter (where death_date is null and birth_date <= current_date - interval '90 years')::int as nineties,
             count(distinct address_id) filter (where death_date is null)::int as households
      from registry_persons`);
    expect(stats!.living).toBeGreaterThanOrEqual(10_000);
    expect(stats!.newborns).toBeGreaterThan(0);
    expect(stats!.nineties).toBeGreaterThan(0);
    expect(stats!.households).toBeGreaterThan(4_000);
    const invalidBsns = await rows<{ bsn: string }>(sql`select bsn from registry_persons where bsn !~ '^[0-9]{9}$'`);
    expect(invalidBsns).toEqual([]);
  });

  it('links partners both ways and every child to a parent at the same address', async () => {
    const [oneWay] = await rows<{ n: number }>(sql`
      select count(*)::int as n from registry_relations r
      where not exists (select 1 from registry_relations i where i.person_id = r.related_person_id and i.related_person_id = r.person_id
        and i.type = case r.type when 'partner' then 'partner' when 'child' then 'parent' else 'child' end)`);
    expect(oneWay!.n).toBe(0);
    const [kinds] = await rows<{ partners: number; parents: number; apart: number }>(sql`
      select count(*) filter (where r.type = 'partner')::int as partners,
             count(*) filter (where r.type = 'parent')::int as parents,
             count(*) filter (where r.type = 'parent' and c.address_id <> p.address_id)::int as apart
      from registry_relations r join registry_persons c on c.id = r.person_id join registry_persons p on p.id = r.related_person_id`);
    expect(kinds!.partners).toBeGreaterThan(1_000);
    expect(kinds!.parents).toBeGreaterThan(2_000);
    expect(kinds!.apart).toBe(0);
  });

  it('registers self-employed people with the KvK, some of them deregistered', async () => {
    const [stats] = await rows<{ total: number; ended: number; owners: number }>(sql`
      select count(*)::int as total, count(deregistered_on)::int as ended, count(distinct owner_person_id)::int as owners from registry_businesses`);
    expect(stats!.total).toBeGreaterThan(300);
    expect(stats!.ended).toBeGreaterThan(0);
    expect(stats!.owners).toBe(stats!.total);
    expect(first.businesses).toBe(stats!.total);
  });

  it('offers the personas in the DigiD test login, each of whom can log in and see their household', async () => {
    const anonymous = new TestClient(t.app);
    const list = await anonymous.get('/api/auth/digid-test/residents');
    expect(list.statusCode).toBe(200);
    const residents = list.json<Array<{ bsn: string; name: string; description: { nl: string; en: string } }>>();
    expect(residents.length).toBeGreaterThanOrEqual(9);
    expect(residents.map((r) => r.name)).toEqual(expect.arrayContaining(['Mehmet Yılmaz', 'Linda de Groot', 'Johan Smit']));
    const linda = residents.find((r) => r.name === 'Linda de Groot')!;
    expect(linda.description.nl).toMatch(/Zzp/);
    const resident = new TestClient(t.app);
    expect((await resident.loginResident(linda.bsn)).statusCode).toBe(200);
    const me = (await resident.get('/api/loket/me')).json();
    expect(me.household.map((m: { relation: string }) => m.relation)).toEqual(['self', 'partner', 'child', 'child']);
    expect(me.businesses).toEqual([expect.objectContaining({ tradeName: 'Fotografie de Groot' })]);
  });

  it('creates one local account per staff role that logs in with the printed password', async () => {
    const roles = new Set(demoStaffAccounts.flatMap((a) => a.roles));
    expect([...roles].sort()).toEqual(['auditor', 'consulent', 'functioneel-beheerder', 'kwaliteitsmedewerker', 'teamleider']);
    for (const account of demoStaffAccounts) {
      const client = new TestClient(t.app);
      const response = await client.loginStaff(account.username, account.password);
      expect(response.statusCode, account.username).toBe(200);
    }
  });

  it('gives the consultants a few hundred contact moments, some still open', async () => {
    expect(first.contactMoments).toBeGreaterThanOrEqual(200);
    const account = demoStaffAccounts.find((a) => a.roles.includes('consulent'))!;
    const client = new TestClient(t.app);
    await client.loginStaff(account.username, account.password);
    const home = (await client.get('/api/werkplek/home')).json();
    expect(home.openContactMoments).toBeGreaterThan(0);
    expect(home.recentOpen.length).toBeGreaterThan(0);
  });

  it('puts applications in the work queue and a Tozo 1 application that the painter can extend', async () => {
    expect(first.applications).toBeGreaterThan(20);
    const account = demoStaffAccounts.find((a) => a.roles.includes('consulent'))!;
    const staff = new TestClient(t.app);
    await staff.loginStaff(account.username, account.password);
    const queue = (await staff.get('/api/werkplek/applications')).json();
    expect(queue.items.length).toBeGreaterThan(20);
    expect(new Set(queue.items.map((i: { status: string }) => i.status))).toEqual(new Set(['ontvangen', 'in-behandeling', 'aanvullende-informatie']));
    const personas = (await new TestClient(t.app).get('/api/auth/digid-test/residents')).json() as Array<{ bsn: string; name: string }>;
    const painter = new TestClient(t.app);
    await painter.loginResident(personas.find((p) => p.name === 'Mehmet Yılmaz')!.bsn);
    const [tozo1] = (await painter.get('/api/loket/applications')).json();
    expect(tozo1).toMatchObject({ regeling: { id: 'tozo', version: 1 }, status: 'besluit' });
    const extension = await painter.post('/api/loket/applications', { regelingId: 'tozo', extends: tozo1.id });
    expect(extension.statusCode).toBe(201);
    expect(extension.json().data.bedrijf).toMatchObject({ urencriterium: true, hoofdinkomen: true });
    expect(extension.json().data.aanvrager.iban).toBe('NL91ABNA0417164300');
  });

  it('assesses the queue applications as their submits would have: the queue shows proposals, none waits', async () => {
    const [seeded] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'demo.seeded'));
    expect(seeded!.details).toMatchObject({ version: DEMO_SEED_VERSION, assessmentsQueued: 40 });
    await runJobs(t);
    const assessed = await t.db
      .select({ applicationId: assessments.applicationId, status: assessments.status, submittedAt: applications.submittedAt })
      .from(assessments)
      .innerJoin(applications, eq(applications.id, assessments.applicationId))
      .where(inArray(assessments.applicationId, queueIds));
    expect(new Set(assessed.map((a) => a.applicationId)).size).toBe(40);
    // This year's demo round is open, so the model had its figures for every application sent this
    // year: none of those was handed over without an outcome (in January, one sent in December may be).
    const year = todayInAmsterdam().slice(0, 4);
    const thisYear = assessed.filter((a) => todayInAmsterdam(a.submittedAt!).startsWith(year));
    expect(thisYear.length).toBeGreaterThan(0);
    expect(thisYear.filter((a) => a.status === 'handmatig')).toEqual([]);
    const account = demoStaffAccounts.find((a) => a.roles.includes('consulent'))!;
    const staff = new TestClient(t.app);
    await staff.loginStaff(account.username, account.password);
    const queue = (await staff.get('/api/werkplek/applications')).json() as { items: Array<{ id: string; proposal: { kind: string } }> };
    const inQueue = queue.items.filter((item) => queueIds.includes(item.id));
    expect(inQueue.length).toBeGreaterThan(20);
    expect(inQueue.map((item) => item.proposal.kind)).not.toContain('wacht');
  });

  it('is idempotent: a second run changes nothing and the audit chain stays intact', async () => {
    const tables = ['registry_persons', 'registry_addresses', 'registry_relations', 'registry_businesses', 'staff_users', 'contact_moments', 'demo_personas', 'applications'];
    const before = await Promise.all(tables.map((table) => rows<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))));
    const [{ value: auditBefore }] = (await t.db.select({ value: count() }).from(auditLog)) as [{ value: number }];
    const second = await seedDemoMunicipality({ db: t.db, config: t.deps.config });
    expect(second).toEqual({ ...first, skipped: true, carriedOver: [] });
    const after = await Promise.all(tables.map((table) => rows<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))));
    expect(after).toEqual(before);
    const [{ value: auditAfter }] = (await t.db.select({ value: count() }).from(auditLog)) as [{ value: number }];
    expect(auditAfter).toBe(auditBefore);
    expect((await verifyAuditChain({ db: t.db })).ok).toBe(true);
  });

  it("opens this year's energietoeslag round, so a demo resident who applies now is granted automatically", async () => {
    const year = Number(todayInAmsterdam().slice(0, 4));
    expect(first.carriedOver).toEqual([{ regelingId: 'energietoeslag', keys: expect.arrayContaining(['toeslag.bedrag', 'inkomensgrens.percentage', 'norm.alleenstaande']) }]);
    const periods = await t.db.select().from(regelingParameterPeriods).where(and(eq(regelingParameterPeriods.regelingId, 'energietoeslag'), eq(regelingParameterPeriods.validFrom, `${year}-01-01`)));
    expect(periods.length).toBe(first.carriedOver[0]!.keys.length);
    const shipped = await t.db.select().from(regelingParameterPeriods).where(and(eq(regelingParameterPeriods.regelingId, 'energietoeslag'), eq(regelingParameterPeriods.origin, 'bestand')));
    for (const period of periods) {
      // The figure and its source are the newest shipped ones; the note says why it is unconfirmed.
      const newest = shipped.filter((p) => p.key === period.key).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0]!;
      expect(period).toMatchObject({ validTo: `${year}-12-31`, confirmed: false, value: newest.value, source: newest.source, note: `Demo Voorbeeldstad: het cijfer van ${newest.validFrom} doorgetrokken naar ${year}, zodat een aanvraag in de demo automatisch kan worden toegekend. Geen vastgesteld cijfer.` });
    }
    // The single mother who works part-time: her wage is in the polisadministratie and well under the limit.
    const personas = (await new TestClient(t.app).get('/api/auth/digid-test/residents')).json() as Array<{ bsn: string; name: string }>;
    const resident = new TestClient(t.app);
    await resident.loginResident(personas.find((p) => p.name === 'Priya Ramdin')!.bsn);
    const { id } = await applyOnline(resident, 'energietoeslag', {
      aanvrager: { email: 'priya@voorbeeld.nl', telefoon: '0612345678', iban: 'NL91ABNA0417164300' },
      huishouden: { samenwonend: false, aantalPersonenKlopt: true, alAangevraagd: false },
      inkomen: { nettoInkomen: 1184.35, inkomenSoort: ['loon'], anderInkomen: false },
    });
    await runJobs(t);
    const view = (await resident.get(`/api/loket/applications/${id}`)).json();
    expect(view.status).toBe('besluit');
    expect(view.outcome).toMatchObject({ outcome: 'toegekend', amount: 1300, automatic: true });

    // The widower's state pension and pension together are above the limit: a proposal to reject, for a consultant.
    const widower = new TestClient(t.app);
    await widower.loginResident(personas.find((p) => p.name === 'Johan Smit')!.bsn);
    const proposed = await applyOnline(widower, 'energietoeslag', {
      aanvrager: { email: 'johan@voorbeeld.nl', telefoon: '0612345678', iban: 'NL91ABNA0417164300' },
      huishouden: { samenwonend: false, aantalPersonenKlopt: true, alAangevraagd: false },
      inkomen: { nettoInkomen: 1926.26, inkomenSoort: ['aow', 'pensioen'], anderInkomen: false },
    });
    await runJobs(t);
    const [assessment] = await t.db.select().from(assessments).where(eq(assessments.applicationId, proposed.id));
    expect(assessment).toMatchObject({ proposal: 'afwijzen', route: 'beoordelen', decided: false });
    expect((await widower.get(`/api/loket/applications/${proposed.id}`)).json().status).not.toBe('besluit');

    // One energietoeslag per household: a granted application counts against a second one, a rejected one does not.
    const consultant = new TestClient(t.app);
    const account = demoStaffAccounts.find((a) => a.roles.includes('consulent'))!;
    await consultant.loginStaff(account.username, account.password);
    const refused = await consultant.post(`/api/werkplek/applications/${proposed.id}/decision`, { outcome: 'afgewezen', motivation: 'Uw inkomen is hoger dan de inkomensgrens.' });
    expect(refused.statusCode, refused.body).toBe(201);
    const earlierOf = async (applicationId: string) => {
      const [row] = await t.db.select().from(assessments).where(eq(assessments.applicationId, applicationId));
      return (row!.inputs as Array<{ ref: string; value: unknown }>).find((input) => input.ref === 'household.earlierApplications')!.value;
    };
    expect(await earlierOf(id)).toBe(0);
    const again = { huishouden: { samenwonend: false, aantalPersonenKlopt: true, alAangevraagd: false } };
    const johanAgain = await applyOnline(widower, 'energietoeslag', { aanvrager: { email: 'johan@voorbeeld.nl', telefoon: '0612345678', iban: 'NL91ABNA0417164300' }, ...again, inkomen: { nettoInkomen: 1926.26, inkomenSoort: ['aow', 'pensioen'], anderInkomen: false } });
    const priyaAgain = await applyOnline(resident, 'energietoeslag', { aanvrager: { email: 'priya@voorbeeld.nl', telefoon: '0612345678', iban: 'NL91ABNA0417164300' }, ...again, inkomen: { nettoInkomen: 1184.35, inkomenSoort: ['loon'], anderInkomen: false } });
    await runJobs(t);
    expect(await earlierOf(johanAgain.id)).toBe(0);
    expect(await earlierOf(priyaAgain.id)).toBe(1);
    expect((await resident.get(`/api/loket/applications/${priyaAgain.id}`)).json().status).not.toBe('besluit');
  });

  it('adds nothing at a second start in the same year, and the next year its own round', async () => {
    const nextYear = new Date(Date.UTC(Number(todayInAmsterdam().slice(0, 4)) + 1, 5, 1));
    const later = await seedDemoMunicipality({ db: t.db, config: t.deps.config, referenceDate: nextYear });
    expect(later.carriedOver).toEqual([{ regelingId: 'energietoeslag', keys: [...first.carriedOver[0]!.keys] }]);
    expect((await seedDemoMunicipality({ db: t.db, config: t.deps.config, referenceDate: nextYear })).carriedOver).toEqual([]);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'demo.figures-carried-over')).orderBy(desc(auditLog.seq)).limit(1);
    expect(entry!.details).toMatchObject({ year: nextYear.getUTCFullYear(), regelingen: [{ regelingId: 'energietoeslag' }] });
    expect((await verifyAuditChain({ db: t.db })).ok).toBe(true);
  });

  it('assesses, in a demo database of seed version 4, the queue applications that wait, and only those (4 → 5)', async () => {
    // Make this database look like one seeded by version 4: three queue applications were never assessed.
    const undecided = await t.db
      .select({ applicationId: assessments.applicationId })
      .from(assessments)
      .where(and(inArray(assessments.applicationId, queueIds), eq(assessments.decided, false)))
      .limit(3);
    expect(undecided.length).toBe(3);
    const waiting = undecided.map((a) => a.applicationId);
    await t.db.delete(assessments).where(inArray(assessments.applicationId, waiting));
    const [run] = await t.db.select().from(demoSeedRuns).where(eq(demoSeedRuns.version, DEMO_SEED_VERSION));
    await t.db.delete(demoSeedRuns).where(eq(demoSeedRuns.version, DEMO_SEED_VERSION));
    await t.db.insert(demoSeedRuns).values({ version: 4, summary: run!.summary });
    const [{ value: applicationsBefore }] = (await t.db.select({ value: count() }).from(applications)) as [{ value: number }];

    expect(await seedDemoMunicipality({ db: t.db, config: t.deps.config })).toMatchObject({ skipped: false });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'demo.seeded')).orderBy(desc(auditLog.seq)).limit(1);
    expect(entry!.details).toMatchObject({ version: DEMO_SEED_VERSION, from: 4, assessmentsQueued: 3 });
    await runJobs(t);
    const assessed = await t.db.select({ applicationId: assessments.applicationId }).from(assessments).where(inArray(assessments.applicationId, waiting));
    expect(assessed.map((a) => a.applicationId).sort()).toEqual([...waiting].sort());
    const [{ value: applicationsAfter }] = (await t.db.select({ value: count() }).from(applications)) as [{ value: number }];
    expect(applicationsAfter).toBe(applicationsBefore);
    expect((await verifyAuditChain({ db: t.db })).ok).toBe(true);
  });

  it('is refused in production', async () => {
    const config = { ...loadConfig({ NODE_ENV: 'test' }), env: 'production' as const };
    await expect(seedDemoMunicipality({ db: t.db, config })).rejects.toThrow(/never seeded in production/);
  });
});
