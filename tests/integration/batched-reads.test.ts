import { isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoMunicipality } from '../../src/server/demo/seed-demo-municipality.js';
import { applications } from '../../src/server/modules/applications/applications.tables.js';
import { countEarlierApplicationsMany, selectApplicationsForRun, type EarlierApplicationsFilter } from '../../src/server/modules/assessment/assessment.repository.js';
import { registryPersons } from '../../src/server/modules/registry/registry.tables.js';
import { installShippedRegelingen } from '../support/regelingen.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Reads that arrive together are answered by one query for all of them (the embedded registries and
// an assessment run's own reads). What a batch answers must be exactly what each lookup alone gets:
// here every lookup is made once on its own and once all at the same time, and the answers compared.

describe('batched reads', () => {
  let t: TestApp;
  let bsns: string[];

  beforeAll(async () => {
    t = await createTestApp();
    await installShippedRegelingen(t.db);
    await seedDemoMunicipality({ db: t.db, config: t.deps.config, referenceDate: new Date('2026-12-01T10:00:00Z') });
    // Persons with and without an address, with partners and children, and two BSNs nobody has.
    const persons = await t.db.select({ bsn: registryPersons.bsn }).from(registryPersons).orderBy(registryPersons.bsn).limit(60);
    bsns = [...persons.map((p) => p.bsn), '999999990', '123456782'];
  }, 180_000);
  afterAll(() => t.close());

  const oneByOne = async <T>(keys: string[], read: (key: string) => Promise<T>) => {
    const results: T[] = [];
    for (const key of keys) results.push(await read(key));
    return results;
  };

  it('gives each person lookup its own person, also when all arrive at once', async () => {
    const alone = await oneByOne(bsns, (bsn) => t.deps.registry.findByBsn(bsn));
    const together = await Promise.all(bsns.map((bsn) => t.deps.registry.findByBsn(bsn)));
    const strip = (p: Awaited<(typeof alone)[number]>) => (p ? { ...p, provenance: undefined } : p);
    expect(together.map(strip)).toEqual(alone.map(strip));
    expect(together.filter(Boolean).length).toBe(bsns.length - 2);
    together.forEach((person, i) => person && expect(person.bsn).toBe(bsns[i]));
  });

  it('gives each household lookup its own household, also when all arrive at once', async () => {
    const members = (h: Awaited<ReturnType<typeof t.deps.registry.household>>) => h.map((m) => `${m.relation}:${m.person.bsn}`);
    const alone = await oneByOne(bsns, async (bsn) => members(await t.deps.registry.household(bsn)));
    const together = await Promise.all(bsns.map(async (bsn) => members(await t.deps.registry.household(bsn))));
    expect(together).toEqual(alone);
    // The batch really holds households of several sizes, and a person without one.
    expect(new Set(together.map((h) => h.length)).size).toBeGreaterThan(2);
    expect(together.at(-1)).toEqual([]);
  });

  it('answers income lookups for different periods in one batch, each with its own months', async () => {
    // A period before anyone's income first, so a batch that read every lookup with the first one's
    // period would give the later lookups nothing.
    const lookups = bsns.flatMap((bsn) => [
      { bsn, period: { from: '1990-01', to: '1990-03' } },
      { bsn, period: { from: '2026-09', to: '2026-11' } },
      { bsn, period: { from: '2026-11', to: '2026-11' } },
    ]);
    const alone: Awaited<ReturnType<typeof t.deps.incomeRegistry.incomeOf>>[] = [];
    for (const { bsn, period } of lookups) alone.push(await t.deps.incomeRegistry.incomeOf(bsn, period));
    const together = await Promise.all(lookups.map(({ bsn, period }) => t.deps.incomeRegistry.incomeOf(bsn, period)));
    const strip = (s: (typeof alone)[number]) => ({ ...s, provenance: undefined });
    expect(together.map(strip)).toEqual(alone.map(strip));
    expect(together.some((s) => s.sources.length > 0)).toBe(true);
  });

  it('counts earlier applications per run, and finds each run its application and whether its job stored a run', async () => {
    const received = await t.db
      .select({ id: applications.id, regelingId: applications.regelingId, applicantBsn: applications.applicantBsn })
      .from(applications)
      .where(isNotNull(applications.submittedAt))
      .limit(30);
    expect(received.length).toBeGreaterThan(5);
    const filters: EarlierApplicationsFilter[] = received.flatMap((a) => [
      { regelingId: a.regelingId, bsns: [a.applicantBsn], excludeId: a.id },
      { regelingId: a.regelingId, bsns: [a.applicantBsn, ...bsns.slice(0, 3)], excludeId: '00000000-0000-4000-8000-000000000000' },
      { regelingId: 'energietoeslag', bsns: [], excludeId: a.id },
    ]);
    const alone: number[] = [];
    for (const filter of filters) alone.push((await countEarlierApplicationsMany(t.db, [filter]))[0]!);
    expect(await countEarlierApplicationsMany(t.db, filters)).toEqual(alone);
    // Not excluding the application itself counts it: the filters are not all answered 0.
    expect(alone.some((n) => n > 0)).toBe(true);

    const runs = received.map((a, i) => ({ applicationId: a.id, jobId: `job-${i}` }));
    const found = await selectApplicationsForRun(t.db, [...runs, { applicationId: '00000000-0000-4000-8000-000000000001', jobId: 'job-x' }]);
    expect(found.map((f) => f.application?.id)).toEqual([...received.map((a) => a.id), undefined]);
    expect(found.every((f) => f.stored === false)).toBe(true);
  });
});
