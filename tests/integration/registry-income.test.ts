import { Writable } from 'node:stream';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildIncomes } from '../../src/server/demo/demo-incomes.js';
import { DEMO_SEED_VERSION, seedDemoMunicipality, type SeedResult } from '../../src/server/demo/seed-demo-municipality.js';
import { createLogger } from '../../src/server/observability/logger.js';
import { verifyAuditChain } from '../../src/server/modules/audit/verify-audit-chain.js';
import { createIncomeGatewayRegistry } from '../../src/server/modules/registry/income-gateway-registry.js';
import { monthsOf, type IncomeRegistry } from '../../src/server/modules/registry/income-registry.js';
import { RegistryUnavailableError } from '../../src/server/modules/registry/registry-errors.js';
import { createRegistryHttp } from '../../src/server/modules/registry/registry-http.js';
import { selectIncomeCandidates } from '../../src/server/modules/registry/registry.repository.js';
import { demoSeedRuns, registryIncomes, registryPersons } from '../../src/server/modules/registry/registry.tables.js';
import { createFakeIncomeGateway } from '../support/registry-fake-income.js';
import type { FakeRegistryServer } from '../support/registry-fake-server.js';
import { installShippedRegelingen } from '../support/regelingen.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The income port: the gateway client (our own documented contract, there is no public spec) and the
// embedded registry with the demo municipality's incomes, including how an older demo database
// receives them.

describe('the income gateway client', () => {
  let fake: FakeRegistryServer;
  let gateway: IncomeRegistry;
  const client = (options: { timeoutMs?: number } = {}) =>
    createIncomeGatewayRegistry({
      http: createRegistryHttp({ config: { url: `${fake.url}/gateway`, apiKey: 'gw-key', tls: { certFile: undefined, keyFile: undefined, caFile: undefined }, timeoutMs: options.timeoutMs ?? 2000 }, apiKeyHeader: 'x-api-key' }),
      logger: createLogger('silent', new Writable({ write: (_c, _e, done) => done() })),
    });

  beforeAll(async () => {
    fake = await createFakeIncomeGateway({
      apiKey: 'gw-key',
      incomes: {
        '999993653': [
          { inkomstenopgaveplichtige: { naam: 'Zorggroep Voorbeeldstad B.V.' }, soort: 'loon', perioden: [{ maand: '2026-08', bruto: 2400 }, { maand: '2026-09', bruto: 2400.004, netto: 1850.456 }, { maand: '2026-10', bruto: 2400, netto: 1850.46 }] },
          { inkomstenopgaveplichtige: { naam: 'UWV' }, soort: 'uitkering', perioden: [{ maand: '2026-07', bruto: 900, netto: 800 }] },
        ],
      },
    }).start();
    gateway = client();
  });
  afterEach(() => {
    expect(fake.violations).toEqual([]);
    fake.reset();
  });
  afterAll(() => fake.close());

  it('asks for one person and period and returns the monthly amounts per source', async () => {
    const statement = await gateway.incomeOf('999993653', { from: '2026-09', to: '2026-11' });
    expect(statement).toMatchObject({
      period: { from: '2026-09', to: '2026-11' },
      sources: [{ name: 'Zorggroep Voorbeeldstad B.V.', kind: 'loon', months: [{ month: '2026-09', gross: 2400, net: 1850.46 }, { month: '2026-10', gross: 2400, net: 1850.46 }] }],
      provenance: { source: 'income-gateway' },
    });
    expect(fake.last()).toMatchObject({ method: 'POST', path: '/gateway/inkomsten', body: { burgerservicenummer: '999993653', periode: { van: '2026-09', tot: '2026-11' } } });
    expect(fake.last().headers['x-api-key']).toBe('gw-key');
  });

  it('gives an unknown person a statement without sources, and turns failures into registry.unavailable', async () => {
    expect((await gateway.incomeOf('999990639', { from: '2026-01', to: '2026-03' })).sources).toEqual([]);
    fake.inject({ kind: 'delay', ms: 600 });
    const timeout = await client({ timeoutMs: 150 }).incomeOf('999993653', { from: '2026-09', to: '2026-09' }).catch((e: unknown) => e);
    expect(timeout).toBeInstanceOf(RegistryUnavailableError);
    expect(timeout).toMatchObject({ registry: 'income', reason: 'timeout', messages: { nl: expect.stringMatching(/^De inkomensgegevens zijn nu niet bereikbaar/) } });
    fake.inject({ kind: 'reply', status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' });
    await expect(gateway.incomeOf('999993653', { from: '2026-09', to: '2026-09' })).rejects.toMatchObject({ reason: 'server-error' });
    fake.inject({ kind: 'reply', status: 200, contentType: 'application/json', body: JSON.stringify({ periode: { van: '2026-09', tot: '2026-09' }, inkomstenverhoudingen: [{ inkomstenopgaveplichtige: { naam: 'X' }, soort: 'bonus', perioden: [] }] }) });
    await expect(gateway.incomeOf('999993653', { from: '2026-09', to: '2026-09' })).rejects.toMatchObject({ reason: 'invalid-response' });
  });

  it('expands and checks periods', () => {
    expect(monthsOf({ from: '2025-11', to: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(() => monthsOf({ from: '2026-03', to: '2026-01' })).toThrow(RangeError);
    expect(() => monthsOf({ from: '2026-13', to: '2026-14' })).toThrow(RangeError);
  });
});

describe('the embedded income registry with the demo municipality', () => {
  let t: TestApp;
  let seeded: SeedResult;
  const referenceDate = new Date('2026-12-01T10:00:00Z');
  const period = { from: '2026-09', to: '2026-11' };
  const bsnOf = async (givenNames: string, familyName: string) =>
    (await t.db.select({ bsn: registryPersons.bsn }).from(registryPersons).where(sql`${registryPersons.givenNames} = ${givenNames} and ${registryPersons.familyName} = ${familyName}`))[0]!.bsn;

  beforeAll(async () => {
    t = await createTestApp();
    await installShippedRegelingen(t.db);
    seeded = await seedDemoMunicipality({ db: t.db, config: t.deps.config, referenceDate });
  }, 180_000);
  afterAll(() => t.close());

  it('is what the app uses without INCOME_API_URL', () => {
    expect(t.deps.incomeRegistry.source).toBe('embedded');
    expect(DEMO_SEED_VERSION).toBe(5);
    expect(seeded.incomes).toBeGreaterThan(5_000);
  });

  it('gives the personas the income their story needs', async () => {
    const peter = await t.deps.incomeRegistry.incomeOf(await bsnOf('Peter', 'Groot'), period);
    expect(peter.sources).toEqual([{ name: 'Installatiebedrijf Noord B.V.', kind: 'loon', months: ['2026-09', '2026-10', '2026-11'].map((month) => ({ month, gross: 3450, net: 2610.4 })) }]);
    expect(peter.provenance.source).toBe('embedded');
    const johan = await t.deps.incomeRegistry.incomeOf(await bsnOf('Johan', 'Smit'), { from: '2026-11', to: '2026-11' });
    expect(johan.sources.map((s) => [s.kind, s.name, s.months[0]!.net])).toEqual([
      ['aow', 'Sociale Verzekeringsbank', 1471.06],
      ['pensioen', 'Stichting Pensioenfonds Metaal en Techniek', 455.2],
    ]);
    expect((await t.deps.incomeRegistry.incomeOf(await bsnOf('Priya', 'Ramdin'), period)).sources).toEqual([
      { name: 'Zorggroep Voorbeeldstad B.V.', kind: 'loon', months: ['2026-09', '2026-10', '2026-11'].map((month) => ({ month, gross: 1420, net: 1184.35 })) },
    ]);
    // Self-employed: profit is not in the polisadministratie.
    expect((await t.deps.incomeRegistry.incomeOf(await bsnOf('Mehmet', 'Yılmaz'), period)).sources).toEqual([]);
  });

  it('gives adults, never children or the deceased, an income; most adults have one', async () => {
    const [stats] = (
      (await t.db.execute(sql`
        select count(*) filter (where p.birth_date > date '2008-12-01')::int as minors,
               count(*) filter (where p.death_date is not null)::int as deceased,
               count(distinct p.id)::int as earners
        from registry_incomes i join registry_persons p on p.id = i.person_id`)) as unknown as { rows: Array<{ minors: number; deceased: number; earners: number }> }
    ).rows;
    const [adults] = ((await t.db.execute(sql`select count(*)::int as n from registry_persons where death_date is null and birth_date <= date '2008-12-01'`)) as unknown as { rows: Array<{ n: number }> }).rows;
    expect(stats).toMatchObject({ minors: 0, deceased: 0 });
    expect(stats!.earners / adults!.n).toBeGreaterThan(0.6);
  });

  it('is deterministic per BSN, so an older demo database receives the same incomes (seed version 2 → 3)', async () => {
    const rows = await t.db.select().from(registryIncomes);
    const rebuilt = buildIncomes({ persons: await selectIncomeCandidates(t.db), referenceDate, municipalityName: t.deps.config.municipality.name });
    expect(rebuilt.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());

    // Make this database look like one seeded by version 2: no incomes, the version 2 run recorded.
    const { incomes: _incomes, ...v2Summary } = seeded;
    await t.db.delete(registryIncomes);
    await t.db.delete(demoSeedRuns).where(eq(demoSeedRuns.version, DEMO_SEED_VERSION));
    await t.db.insert(demoSeedRuns).values({ version: 2, summary: { ...v2Summary, skipped: undefined } as never });
    const [{ value: applicationsBefore }] = (await t.db.execute(sql`select count(*)::int as value from applications`) as unknown as { rows: [{ value: number }] }).rows;

    const upgraded = await seedDemoMunicipality({ db: t.db, config: t.deps.config, referenceDate });
    expect(upgraded).toMatchObject({ skipped: false, incomes: seeded.incomes, applications: seeded.applications, persons: seeded.persons });
    const [{ value: incomes }] = (await t.db.select({ value: count() }).from(registryIncomes)) as [{ value: number }];
    expect(incomes).toBe(seeded.incomes);
    const [{ value: applicationsAfter }] = (await t.db.execute(sql`select count(*)::int as value from applications`) as unknown as { rows: [{ value: number }] }).rows;
    expect(applicationsAfter).toBe(applicationsBefore);
    expect(await seedDemoMunicipality({ db: t.db, config: t.deps.config, referenceDate })).toMatchObject({ skipped: true, incomes: seeded.incomes });
    expect((await verifyAuditChain({ db: t.db })).ok).toBe(true);
  });

  it("replaces only the incomes that changed in seed version 4 (Priya Ramdin's benefit became a wage)", async () => {
    const priya = await bsnOf('Priya', 'Ramdin');
    const [person] = await t.db.select().from(registryPersons).where(eq(registryPersons.bsn, priya));
    const [{ value: before }] = (await t.db.select({ value: count() }).from(registryIncomes)) as [{ value: number }];
    // Make this database look like one seeded by version 3: Priya still has her benefit.
    await t.db.delete(registryIncomes).where(eq(registryIncomes.personId, person!.id));
    const [old] = buildIncomes({ persons: [{ ...person!, ownsActiveBusiness: false }], referenceDate, municipalityName: t.deps.config.municipality.name });
    await t.db.insert(registryIncomes).values({ ...old!, payerName: 'Gemeente Voorbeeldstad', kind: 'uitkering', grossMonthlyCents: 149315, netMonthlyCents: 136906 });
    const [run] = await t.db.select().from(demoSeedRuns).where(eq(demoSeedRuns.version, DEMO_SEED_VERSION));
    await t.db.delete(demoSeedRuns).where(eq(demoSeedRuns.version, DEMO_SEED_VERSION));
    await t.db.insert(demoSeedRuns).values({ version: 3, summary: run!.summary });

    expect(await seedDemoMunicipality({ db: t.db, config: t.deps.config, referenceDate })).toMatchObject({ skipped: false, incomes: seeded.incomes });
    expect((await t.deps.incomeRegistry.incomeOf(priya, period)).sources).toEqual([
      { name: 'Zorggroep Voorbeeldstad B.V.', kind: 'loon', months: ['2026-09', '2026-10', '2026-11'].map((month) => ({ month, gross: 1420, net: 1184.35 })) },
    ]);
    const [{ value: after }] = (await t.db.select({ value: count() }).from(registryIncomes)) as [{ value: number }];
    expect(after).toBe(before);
    expect((await verifyAuditChain({ db: t.db })).ok).toBe(true);
  });
});
