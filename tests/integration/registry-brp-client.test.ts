import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/server/observability/logger.js';
import { createBrpPersonRegistry, householdFields, personFields } from '../../src/server/modules/registry/brp-person-registry.js';
import type { PersonRegistry } from '../../src/server/modules/registry/person-registry.js';
import { RegistryRequestRejectedError, RegistryUnavailableError } from '../../src/server/modules/registry/registry-errors.js';
import { createRegistryHttp } from '../../src/server/modules/registry/registry-http.js';
import { DomainError } from '../../src/server/shared/errors.js';
import { uniqueBsn } from '../support/factories.js';
import { brpFixtures, brpPath, brpPersoon, createFakeBrp } from '../support/registry-fake-brp.js';
import type { FakeRegistryServer } from '../support/registry-fake-server.js';
import { loadOpenApiContract, type OpenApiContract } from '../support/registry-openapi.js';
import { specFiles, specsAvailable, warnWithoutSpecs } from '../support/registry-specs.js';

// The Haal Centraal BRP Personen client against a BRP on a loopback port. With ../shared present,
// the fake checks every request and answer against the BRP API Personen 2.7 OpenAPI document and
// the `fields` against the features' field lists; afterEach fails the test on any violation.

let fake: FakeRegistryServer;
let contract: OpenApiContract | undefined;
let brp: PersonRegistry;
const logs: string[] = [];

function clientFor(url: string, options: { apiKey?: string; timeoutMs?: number } = {}): PersonRegistry {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const http = createRegistryHttp({ config: { url, apiKey: options.apiKey ?? 'brp-test-key', tls: { certFile: undefined, keyFile: undefined, caFile: undefined }, timeoutMs: options.timeoutMs ?? 2000 }, apiKeyHeader: 'x-api-key' });
  return createBrpPersonRegistry({ http, logger: createLogger('debug', sink), municipalityCode: '0518' });
}

const bodies = () => fake.requests.map((r) => r.body as Record<string, unknown>);

beforeAll(async () => {
  warnWithoutSpecs('BRP client: requests and answers are not checked against the BRP API Personen OpenAPI document and field lists');
  contract = specsAvailable ? await loadOpenApiContract(specFiles.brpOpenApi) : undefined;
  fake = await createFakeBrp({ apiKey: 'brp-test-key', ...(contract ? { contract, featuresDir: specFiles.brpFeatures } : {}) }).start();
  brp = clientFor(`${fake.url}/haalcentraal/api/brp`);
});
afterEach(() => {
  expect(fake.violations).toEqual([]);
  fake.reset();
  logs.length = 0;
});
afterAll(() => fake.close());

describe('findByBsn', () => {
  it('asks RaadpleegMetBurgerservicenummer for only the fields a person record needs, with the API key', async () => {
    const person = await brp.findByBsn('999993653');
    expect(person).toMatchObject({
      bsn: '999993653',
      name: { givenNames: 'Suzanne', prefix: null, familyName: 'Moulin', full: 'Suzanne Moulin' },
      birthDate: '1985-12-01',
      gender: 'V',
      nationality: 'Franse',
      deathDate: null,
      residentSince: '2015-08-08',
      address: { street: 'Boterdiep', houseNumber: 31, houseLetter: null, houseNumberAddition: null, postcode: '3077AW', city: 'Rotterdam', municipalityCode: '0599' },
      provenance: { source: 'brp-haal-centraal' },
    });
    expect(Date.now() - Date.parse(person!.provenance.fetchedAt)).toBeLessThan(60_000);
    const request = fake.last();
    expect(request).toMatchObject({ method: 'POST', path: brpPath });
    expect(request.headers['x-api-key']).toBe('brp-test-key');
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    expect(request.body).toEqual({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999993653'], fields: [...personFields] });
    // Data minimisation: no relations, no identifiers beyond the BSN, nothing the screens do not show.
    expect(personFields.some((f) => /partners|kinderen|ouders|aNummer|verblijfstitel|gezag/.test(f))).toBe(false);
  });

  it('maps incomplete dates, deaths, other nationalities and an address abroad', async () => {
    expect((await brp.findByBsn('999994803'))!.birthDate).toBe('2014-06');
    expect((await brp.findByBsn('999994736'))!.deathDate).toBe('2019-03-02');
    expect(await brp.findByBsn('999993136')).toMatchObject({ name: { prefix: 'van', full: 'Anna van Os' }, nationality: 'Belgische', address: { houseLetter: 'B', city: "'s-Gravenhage" } });
    expect(await brp.findByBsn('999901011')).toMatchObject({ address: null, residentSince: null, nationality: 'Nederlandse' });
  });

  it('answers undefined for a person the BRP does not know, and does not ask for a malformed BSN', async () => {
    expect(await brp.findByBsn('999990019')).toBeUndefined();
    expect(fake.requests).toHaveLength(1);
    expect(await brp.findByBsn('12345')).toBeUndefined();
    expect(fake.requests).toHaveLength(1);
    // DigiD test personas exist only in the embedded registry.
    expect(await brp.demoPersonas()).toEqual([]);
  });
});

describe('search', () => {
  it('maps each search type to its Haal Centraal query, asking only for BSNs, then fetches those persons', async () => {
    const cases = [
      { search: { type: 'bsn', bsn: '999990639' } as const, expected: ['999990639'], query: undefined },
      { search: { type: 'name-birthdate', familyName: 'moulin', birthDate: '1985-12-01' } as const, expected: ['999993653'], query: { type: 'ZoekMetGeslachtsnaamEnGeboortedatum', geslachtsnaam: 'moulin', geboortedatum: '1985-12-01' } },
      { search: { type: 'postcode-housenumber', postcode: '3077AW', houseNumber: 31 } as const, expected: ['999994803', '999990639', '999991425', '999992387', '999993653'], query: { type: 'ZoekMetPostcodeEnHuisnummer', postcode: '3077AW', huisnummer: 31 } },
      { search: { type: 'name', familyName: 'Maas', givenNames: 'Pie' } as const, expected: ['999994773'], query: { type: 'ZoekMetNaamEnGemeenteVanInschrijving', geslachtsnaam: 'Maas*', voornamen: 'Pie*', gemeenteVanInschrijving: '0518' } },
    ];
    for (const { search, expected, query } of cases) {
      fake.reset();
      const found = await brp.search(search, 26);
      expect(found.map((p) => p.bsn), search.type).toEqual(expected);
      if (query) {
        expect(bodies()[0], search.type).toEqual({ ...query, fields: ['burgerservicenummer'] });
        expect(bodies()[1]).toMatchObject({ type: 'RaadpleegMetBurgerservicenummer', fields: [...personFields] });
      }
    }
  });

  it('leaves deceased persons out of searches, sorts by name and fetches no more persons than the limit', async () => {
    const found = await brp.search({ type: 'postcode-housenumber', postcode: '3077AW', houseNumber: 31 }, 2);
    expect(found).toHaveLength(2);
    expect((bodies()[1]!.burgerservicenummer as string[]).length).toBe(2);
    expect(found.every((p) => p.deathDate === null)).toBe(true);
  });

  it('refuses a name search without given names or with characters the BRP does not accept, before asking', async () => {
    const noGivenNames = await brp.search({ type: 'name', familyName: 'Maassen' }, 10).catch((e: unknown) => e);
    expect(noGivenNames).toBeInstanceOf(DomainError);
    expect((noGivenNames as DomainError).fieldErrors.map((f) => [f.name, f.code])).toEqual([['givenNames', 'registry.given_names_required']]);
    const characters = await brp.search({ type: 'name-birthdate', familyName: 'Moulin*; drop', birthDate: '1985-12-01' }, 10).catch((e: unknown) => e);
    expect((characters as DomainError).fieldErrors.map((f) => f.code)).toEqual(['registry.name_characters']);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('household', () => {
  it('finds the co-residents with ZoekMetAdresseerbaarObjectIdentificatie and labels partner and children from the relations', async () => {
    const household = await brp.household('999993653');
    expect(household.map((m) => [m.relation, m.person.name.full])).toEqual([
      ['self', 'Suzanne Moulin'],
      ['partner', 'Jean Marie Beaudelaire'],
      ['child', 'Lucas Beaudelaire'],
      ['child', 'Emma Beaudelaire'],
      ['co-resident', 'Karin Monique du Burck'],
    ]);
    const [self, residents, others] = bodies();
    expect(self).toEqual({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999993653'], fields: [...householdFields] });
    expect(residents).toEqual({ type: 'ZoekMetAdresseerbaarObjectIdentificatie', adresseerbaarObjectIdentificatie: '0599010000208579', fields: ['burgerservicenummer'] });
    expect(others).toMatchObject({ type: 'RaadpleegMetBurgerservicenummer', fields: [...personFields] });
    expect(household.every((m) => m.person.provenance.source === 'brp-haal-centraal')).toBe(true);
  });

  it('treats a dissolved partnership as co-residence, and someone abroad as a household of one', async () => {
    expect((await brp.household('999994773')).map((m) => m.relation)).toEqual(['self', 'co-resident']);
    fake.reset();
    expect((await brp.household('999901011')).map((m) => m.relation)).toEqual(['self']);
    expect(fake.requests).toHaveLength(1);
    expect(await brp.household('999990019')).toEqual([]);
  });

  it('fetches a large address in batches of at most 20 BSNs', async () => {
    const address = { straat: 'Coolsingel', huisnummer: 40, postcode: '3011AD', woonplaats: 'Rotterdam', adresseerbaarObject: '0599010000300040', nummeraanduiding: '0599200000300040', sinds: '2020-01-01' };
    const residents = Array.from({ length: 26 }, (_, i) => brpPersoon({ bsn: uniqueBsn(), voornamen: 'Student', geslachtsnaam: `Kamer${i + 1}`, geboren: '2001-09-01', geslacht: 'O', gemeente: '0599', adres: address }));
    const big = await createFakeBrp({ persons: residents, apiKey: 'brp-test-key', ...(contract ? { contract, featuresDir: specFiles.brpFeatures } : {}) }).start();
    try {
      const household = await clientFor(`${big.url}/haalcentraal/api/brp`).household(residents[0]!.burgerservicenummer as string);
      expect(household).toHaveLength(26);
      const sizes = big.requests.slice(2).map((r) => ((r.body as { burgerservicenummer: string[] }).burgerservicenummer).length);
      expect(sizes.sort()).toEqual([20, 5]);
      expect(big.violations).toEqual([]);
    } finally {
      await big.close();
    }
  });
});

describe('failures', () => {
  const unavailable = async (promise: Promise<unknown>, reason: string) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryUnavailableError);
    expect(error).toMatchObject({ code: 'registry.unavailable', kind: 'unavailable', registry: 'brp', reason });
    expect((error as RegistryUnavailableError).messages.nl).toMatch(/^De Basisregistratie Personen is nu niet bereikbaar/);
  };

  it('turns a timeout into registry.unavailable', async () => {
    fake.inject({ kind: 'delay', ms: 800 });
    await unavailable(clientFor(`${fake.url}/haalcentraal/api/brp`, { timeoutMs: 200 }).findByBsn('999993653'), 'timeout');
    expect(logs.join('\n')).toMatch(/"reason":"timeout"/);
  });

  it('turns 500, 503, 429, a hang-up and a refused connection into registry.unavailable', async () => {
    const problem = (status: number, code: string) => JSON.stringify({ type: 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.6.1', title: 'Interne server fout.', status, instance: `${fake.url}${brpPath}`, code });
    if (contract) expect(contract.response('/personen', 'post', 500, 'application/problem+json', JSON.parse(problem(500, 'serverError')))).toEqual([]);
    fake.inject({ kind: 'reply', status: 500, contentType: 'application/problem+json', body: problem(500, 'serverError') });
    await unavailable(brp.findByBsn('999993653'), 'server-error');
    fake.inject({ kind: 'reply', status: 503, contentType: 'application/problem+json', body: problem(503, 'notAvailable') });
    await unavailable(brp.household('999993653'), 'server-error');
    fake.inject({ kind: 'reply', status: 429, contentType: 'application/problem+json', body: problem(429, 'tooManyRequests') });
    await unavailable(brp.search({ type: 'bsn', bsn: '999993653' }, 5), 'throttled');
    fake.inject({ kind: 'hang-up' });
    await unavailable(brp.findByBsn('999993653'), 'connection');
    await unavailable(clientFor('http://127.0.0.1:9/haalcentraal/api/brp').findByBsn('999993653'), 'connection');
  });

  it('treats refused credentials as unavailable, and logs that the configuration needs a look', async () => {
    await unavailable(clientFor(`${fake.url}/haalcentraal/api/brp`, { apiKey: 'wrong' }).findByBsn('999993653'), 'refused');
    expect(fake.last().headers['x-api-key']).toBe('wrong');
    expect(logs.join('\n')).toMatch(/"level":50.*"status":401.*"problemCode":"authentication".*check its configuration/);
  });

  it('treats a 400 as a bug on our side: logs the problem code and parameter names, never the BSN', async () => {
    fake.inject({
      kind: 'reply',
      status: 400,
      contentType: 'application/problem+json',
      body: JSON.stringify({ status: 400, title: 'Een of meerdere parameters zijn niet correct.', code: 'paramsValidation', invalidParams: [{ name: 'burgerservicenummer[0]', code: 'pattern', reason: 'Waarde voldoet niet aan patroon.' }] }),
    });
    const error = await brp.findByBsn('999993653').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryRequestRejectedError);
    expect(error).toMatchObject({ registry: 'brp', status: 400, problemCode: 'paramsValidation', code: 'registry.request_rejected' });
    const text = logs.join('\n');
    expect(text).toMatch(/"problemCode":"paramsValidation".*"invalidParams":\["burgerservicenummer\[0\]:pattern"\]/);
    // The logger would scrub a BSN to "[bsn]"; neither may appear, because none was logged.
    expect(text).not.toMatch(/999993653|\[bsn\]/);
  });

  it('refuses an answer that does not match the specification, with the zod issue paths in the log', async () => {
    fake.inject({ kind: 'reply', status: 200, contentType: 'application/json', body: JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', personen: [{ burgerservicenummer: 999993653, geboorte: { datum: { type: 'Datum' } } }] }) });
    const error = await brp.findByBsn('999993653').catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'invalid-response', code: 'registry.unavailable' });
    expect((error as Error).cause).toMatchObject({ name: 'ZodError' });
    expect(logs.join('\n')).toMatch(/"issues":\["personen\.0\.burgerservicenummer: invalid_type","personen\.0\.geboorte\.datum\.datum: invalid_type"\]/);
    fake.inject({ kind: 'reply', status: 200, contentType: 'application/json', body: '{"type": "RaadpleegMetBurgerservicenummer", "personen": [' });
    await unavailable(brp.findByBsn('999993653'), 'invalid-response');
    fake.inject({ kind: 'reply', status: 200, contentType: 'application/json', body: JSON.stringify({ type: 'ZoekMetPostcodeEnHuisnummer', personen: [] }) });
    await unavailable(brp.findByBsn('999993653'), 'invalid-response');
    expect(logs.join('\n')).not.toMatch(/\[bsn\]/);
  });
});

it.skipIf(!specsAvailable)('serves fixtures in the shape of the specification (a guard for the fake itself)', () => {
  const answer = { type: 'RaadpleegMetBurgerservicenummer', personen: Object.values(brpFixtures) };
  expect(contract!.response('/personen', 'post', 200, 'application/json; charset=utf-8', answer)).toEqual([]);
});
