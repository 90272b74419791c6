import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryAddresses, registryBusinesses, registryPersons, registryRelations } from '../../src/server/modules/registry/registry.tables.js';
import { readBrpTestSet, testSetRows, type TestSetPerson } from '../support/registry-brp-testset.js';
import { kvkTestBusinessRows, readKvkCassettes, readKvkTestNumbers, type KvkTestNumber } from '../support/registry-kvk-testset.js';
import { specsAvailable, warnWithoutSpecs } from '../support/registry-specs.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The embedded registries loaded with the official test data (the RvIG persons of the BRP
// proefomgeving, the KVK test environment's numbers and recorded answers) and read through the
// ports, as the application reads them.

warnWithoutSpecs('embedded registries with the RvIG and KVK test data');

describe.skipIf(!specsAvailable)('the embedded registries with the official test data', () => {
  let t: TestApp;
  let testSet: TestSetPerson[];
  let kvkNumbers: KvkTestNumber[];

  beforeAll(async () => {
    t = await createTestApp();
    testSet = readBrpTestSet();
    const rows = testSetRows(testSet);
    for (let i = 0; i < rows.addresses.length; i += 500) await t.db.insert(registryAddresses).values(rows.addresses.slice(i, i + 500));
    for (let i = 0; i < rows.persons.length; i += 500) await t.db.insert(registryPersons).values(rows.persons.slice(i, i + 500));
    await t.db.insert(registryRelations).values(rows.relations);
    kvkNumbers = readKvkTestNumbers();
    const businesses = kvkTestBusinessRows(kvkNumbers, await readKvkCassettes());
    // The KVK does not say who owns a business; for the demo, the embedded registry links the
    // test eenmanszaak to an RvIG test person, which only the embedded registry can then answer.
    const [owner] = await t.db.select({ id: registryPersons.id }).from(registryPersons).where(eq(registryPersons.bsn, '999993653'));
    await t.db.insert(registryBusinesses).values(businesses.map((b) => (b.kvkNumber === '69599084' ? { ...b, ownerPersonId: owner!.id } : b)));
  }, 60_000);
  afterAll(() => t?.close());

  it('reads the test set: hundreds of persons with BSNs passing the elfproef, addresses and relations', () => {
    expect(testSet.length).toBeGreaterThan(650);
    expect(testSet.filter((p) => p.address).length).toBeGreaterThan(550);
    expect(testSet.filter((p) => p.partners.length).length).toBeGreaterThan(100);
    expect(testSet.filter((p) => p.children.length).length).toBeGreaterThan(100);
  });

  it('finds every test person by BSN through the port, with name, birth date, gender and address', async () => {
    for (const p of testSet) {
      const found = await t.deps.registry.findByBsn(p.bsn);
      expect(found, p.bsn).toMatchObject({ bsn: p.bsn, name: { givenNames: p.givenNames, familyName: p.familyName, prefix: p.prefix }, gender: p.gender, provenance: { source: 'embedded' } });
      if (p.address) expect(found!.address, p.bsn).toMatchObject({ street: p.address.street, houseNumber: p.address.houseNumber, postcode: p.address.postcode });
      else expect(found!.address, p.bsn).toBeNull();
    }
  });

  it('maps a known person exactly: Suzanne Moulin, Boterdiep 31, Rotterdam', async () => {
    expect(await t.deps.registry.findByBsn('999993653')).toMatchObject({
      name: { full: 'Suzanne Moulin' },
      birthDate: '1985-12-01',
      gender: 'V',
      nationality: 'Franse',
      residentSince: '2015-08-08',
      address: { street: 'Boterdiep', houseNumber: 31, postcode: '3077AW', city: 'Rotterdam', municipalityCode: '0599' },
    });
    const found = await t.deps.registry.search({ type: 'postcode-housenumber', postcode: '3077AW', houseNumber: 31 }, 25);
    expect(found.map((p) => p.bsn)).toContain('999993653');
    expect((await t.deps.registry.search({ type: 'name-birthdate', familyName: 'moulin', birthDate: '1985-12-01' }, 25)).map((p) => p.bsn)).toEqual(['999993653']);
  });

  it('builds households from the relations in the test set: partners and children at the same address', async () => {
    const byBsn = new Map(testSet.map((p) => [p.bsn, p]));
    const together = testSet.filter((p) => p.address && !p.deathDate && p.partners.some((b) => byBsn.get(b)?.address?.key === p.address!.key && !byBsn.get(b)!.deathDate));
    expect(together.length).toBeGreaterThan(10);
    for (const p of together) {
      const household = await t.deps.registry.household(p.bsn);
      expect(household[0]).toMatchObject({ relation: 'self', person: { bsn: p.bsn } });
      const partners = household.filter((m) => m.relation === 'partner').map((m) => m.person.bsn);
      expect(partners.length, p.bsn).toBeGreaterThan(0);
      expect(p.partners, p.bsn).toEqual(expect.arrayContaining(partners));
    }
    const parents = testSet.filter((p) => p.address && !p.deathDate && p.children.some((b) => byBsn.get(b)?.address?.key === p.address!.key && !byBsn.get(b)!.deathDate));
    for (const p of parents.slice(0, 30)) {
      const children = (await t.deps.registry.household(p.bsn)).filter((m) => m.relation === 'child').map((m) => m.person.bsn);
      expect(children.length, p.bsn).toBeGreaterThan(0);
      expect(p.children, p.bsn).toEqual(expect.arrayContaining(children));
    }
  });

  it('finds the KVK test numbers through the business port, with the recorded data where there is some', async () => {
    const { businessRegistry } = t.deps;
    expect(await businessRegistry.findByKvkNumber('69599084')).toMatchObject({ tradeName: 'Test EMZ Dagobert', legalForm: 'Eenmanszaak', sbiCode: '10110', registeredOn: '2017-07-10', provenance: { source: 'embedded' } });
    expect(await businessRegistry.findByKvkNumber('90001354')).toMatchObject({ tradeName: 'Grand Joyflex B.V.', legalForm: 'BV' });
    for (const n of kvkNumbers) {
      const found = await businessRegistry.findByKvkNumber(n.kvkNumber);
      if (n.errorScenario) expect(found, n.kvkNumber).toBeUndefined();
      else expect(found, n.kvkNumber).toMatchObject({ kvkNumber: n.kvkNumber });
    }
    expect((await businessRegistry.search({ type: 'trade-name', tradeName: 'test emz' }, 10)).map((b) => b.kvkNumber)).toEqual(['69599084']);
    expect(await businessRegistry.search({ type: 'kvk-number', kvkNumber: '68727720' }, 10)).toHaveLength(1);
  });

  it('answers "businesses of this person" only because the embedded registry links owners', async () => {
    expect((await t.deps.businessRegistry.businessesOf('999993653'))!.map((b) => b.kvkNumber)).toEqual(['69599084']);
    expect(await t.deps.businessRegistry.businessesOf('999990639')).toEqual([]);
  });
});
