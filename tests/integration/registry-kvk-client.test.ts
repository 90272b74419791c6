import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/server/observability/logger.js';
import type { BusinessRegistry } from '../../src/server/modules/registry/business-registry.js';
import { createKvkBusinessRegistry } from '../../src/server/modules/registry/kvk-business-registry.js';
import { kvkNumberErrors } from '../../src/server/modules/registry/kvk-number-check.js';
import { RegistryUnavailableError } from '../../src/server/modules/registry/registry-errors.js';
import { createRegistryHttp } from '../../src/server/modules/registry/registry-http.js';
import { createFakeKvk, kvkBasePath, type KvkZoekItem } from '../support/registry-fake-kvk.js';
import type { FakeRegistryServer } from '../support/registry-fake-server.js';
import { readKvkCassettes } from '../support/registry-kvk-testset.js';
import { loadOpenApiContract, type OpenApiContract } from '../support/registry-openapi.js';
import { specFiles, specsAvailable, warnWithoutSpecs } from '../support/registry-specs.js';

// The KVK client (Zoeken v2, Basisprofiel v1) against a KVK on a loopback port: our own fixtures,
// and with ../shared the answers the KVK test environment gave (open-forms' recordings), with every
// request and answer checked against the KVK OpenAPI documents.

let fake: FakeRegistryServer;
let kvk: BusinessRegistry;
let contracts: { zoeken?: OpenApiContract; basisprofiel?: OpenApiContract } = {};
const logs: string[] = [];

function clientFor(url: string, options: { apiKey?: string; timeoutMs?: number } = {}): BusinessRegistry {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const http = createRegistryHttp({ config: { url, apiKey: options.apiKey ?? 'kvk-test-key', tls: { certFile: undefined, keyFile: undefined, caFile: undefined }, timeoutMs: options.timeoutMs ?? 2000 }, apiKeyHeader: 'apikey' });
  return createKvkBusinessRegistry({ http, logger: createLogger('debug', sink) });
}

beforeAll(async () => {
  warnWithoutSpecs('KVK client: requests and answers are not checked against the KVK OpenAPI documents, and the recorded test-environment answers are not replayed');
  if (specsAvailable) contracts = { zoeken: await loadOpenApiContract(specFiles.kvkZoeken), basisprofiel: await loadOpenApiContract(specFiles.kvkBasisprofiel) };
  fake = await createFakeKvk({ apiKey: 'kvk-test-key', ...contracts }).start();
  kvk = clientFor(`${fake.url}${kvkBasePath}`);
});
afterEach(() => {
  expect(fake.violations).toEqual([]);
  fake.reset();
  logs.length = 0;
});
afterAll(() => fake.close());

describe('findByKvkNumber (Basisprofiel)', () => {
  it('reads registration date, status, legal form, SBI activities and the visiting address', async () => {
    const business = await kvk.findByKvkNumber('90000001');
    expect(business).toMatchObject({
      kvkNumber: '90000001',
      tradeName: 'Schildersbedrijf Okkerse',
      legalForm: 'Eenmanszaak',
      sbiCode: '43341',
      sbiDescription: 'Schilders- en glazeniersbedrijven',
      activities: [
        { sbiCode: '43341', description: 'Schilders- en glazeniersbedrijven', main: true },
        { sbiCode: '4332', description: 'Timmeren', main: false },
      ],
      registeredOn: '2011-04-01',
      deregisteredOn: null,
      homeBased: false,
      address: { street: 'Kerkstraat', houseNumber: 214, houseLetter: 'A', postcode: '9901AB', city: 'Voorbeeldstad', municipalityCode: '' },
      provenance: { source: 'kvk-api' },
    });
    const request = fake.last();
    expect(request).toMatchObject({ method: 'GET', path: `${kvkBasePath}/v1/basisprofielen/90000001`, query: {} });
    expect(request.headers.apikey).toBe('kvk-test-key');
    expect(request.headers.accept).toMatch(/application\/hal\+json/);
  });

  it('gives a deregistered business its end date and no shielded address; an unknown number is undefined', async () => {
    expect(await kvk.findByKvkNumber('90000002')).toMatchObject({ deregisteredOn: '2023-06-30', address: null });
    expect(await kvk.findByKvkNumber('12345678')).toBeUndefined();
    expect(fake.requests).toHaveLength(2);
    expect(await kvk.findByKvkNumber('1234')).toBeUndefined();
    expect(fake.requests).toHaveLength(2);
  });
});

describe('search (Zoeken)', () => {
  it('searches by KvK number and by trade name and place; nothing found is an empty list', async () => {
    const byNumber = await kvk.search({ type: 'kvk-number', kvkNumber: '90000001' }, 10);
    expect(byNumber.map((b) => [b.type, b.name, b.branchNumber, b.street, b.city])).toEqual([
      ['hoofdvestiging', 'Schildersbedrijf Okkerse', '000090000011', 'Kerkstraat', 'Voorbeeldstad'],
      ['nevenvestiging', 'Okkerse Glaszetters', '000090000012', 'Industrieweg', 'Voorbeeldstad'],
    ]);
    expect(fake.last().query).toEqual({ kvkNummer: '90000001', resultatenPerPagina: '10' });
    expect(await kvk.search({ type: 'trade-name', tradeName: 'okkerse', city: 'Voorbeeldstad' }, 1)).toHaveLength(1);
    expect(fake.last().query).toEqual({ naam: 'okkerse', plaats: 'Voorbeeldstad', resultatenPerPagina: '1' });
    expect(await kvk.search({ type: 'trade-name', tradeName: 'bestaat niet' }, 5)).toEqual([]);
  });

  it('cannot tell which businesses a person owns, and does not ask', async () => {
    expect(await kvk.businessesOf('999993653')).toBeUndefined();
    expect(fake.requests).toHaveLength(0);
  });
});

describe('failures', () => {
  const unavailable = async (promise: Promise<unknown>, reason: string) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryUnavailableError);
    expect(error).toMatchObject({ code: 'registry.unavailable', registry: 'kvk', reason });
    expect((error as RegistryUnavailableError).messages.nl).toMatch(/^Het Handelsregister van de KVK is nu niet bereikbaar/);
  };

  it('maps a timeout, a 500, refused credentials and a malformed answer to registry.unavailable', async () => {
    fake.inject({ kind: 'delay', ms: 800 });
    await unavailable(clientFor(`${fake.url}${kvkBasePath}`, { timeoutMs: 200 }).findByKvkNumber('90000001'), 'timeout');
    fake.inject({ kind: 'reply', status: 500, contentType: 'application/json', body: JSON.stringify({ fout: [{ code: 'IPD9999', omschrijving: 'Interne fout' }] }) });
    await unavailable(kvk.search({ type: 'kvk-number', kvkNumber: '90000001' }, 5), 'server-error');
    await unavailable(clientFor(`${fake.url}${kvkBasePath}`, { apiKey: 'wrong' }).findByKvkNumber('90000001'), 'refused');
    expect(logs.join('\n')).toMatch(/"status":401.*"problemCode":"IPD1002"/);
    fake.inject({ kind: 'reply', status: 200, contentType: 'application/hal+json', body: JSON.stringify({ kvkNummer: 90000001, sbiActiviteiten: 'geen lijst' }) });
    await unavailable(kvk.findByKvkNumber('90000001'), 'invalid-response');
    expect(logs.join('\n')).toMatch(/"issues":\["kvkNummer: invalid_type","sbiActiviteiten: invalid_type"\]/);
  });
});

describe('kvkNumberErrors: the check for a KvK number typed into a form', () => {
  it('accepts an active registration before the cut-off, and names what is wrong otherwise', async () => {
    const check = (kvkNumber: string, registeredBefore?: string) => kvkNumberErrors({ businesses: kvk, kvkNumber, field: 'bedrijf.kvkNummer', activeOn: '2026-12-01', ...(registeredBefore ? { registeredBefore } : {}) });
    expect(await check('90000001', '2020-03-17')).toMatchObject({ business: { tradeName: 'Schildersbedrijf Okkerse' }, errors: [] });
    expect((await check('90000001', '2010-01-01')).errors.map((e) => e.code)).toEqual(['business.kvk_registered_too_late']);
    expect((await check('90000002')).errors.map((e) => e.code)).toEqual(['business.kvk_deregistered']);
    expect((await check('12345678')).errors.map((e) => [e.name, e.code])).toEqual([['bedrijf.kvkNummer', 'business.kvk_unknown']]);
    expect((await check('1234')).errors.map((e) => e.code)).toEqual(['business.kvk_format']);
  });
});

describe.skipIf(!specsAvailable)('the KVK test environment, replayed from recorded answers', () => {
  let recordedFake: FakeRegistryServer;
  let recordedKvk: BusinessRegistry;

  beforeAll(async () => {
    const recorded = await readKvkCassettes();
    const profiles = recorded.filter((r) => r.status === 200 && r.uri.pathname.includes('/basisprofielen/')).map((r) => r.body as Record<string, unknown>);
    const items = recorded.filter((r) => r.status === 200 && r.uri.pathname.endsWith('/zoeken')).flatMap((r) => (r.body as { resultaten: KvkZoekItem[] }).resultaten);
    const unique = [...new Map(items.map((i) => [`${i.kvkNummer}:${i.vestigingsnummer}`, i])).values()];
    // The recorded answers were given with the public test key.
    recordedFake = await createFakeKvk({ profiles, searchItems: unique, apiKey: 'l7xx1f2691f2520d487b902f4e0b57a0b197', ...contracts }).start();
    recordedKvk = clientFor(`${recordedFake.url}${kvkBasePath}`, { apiKey: 'l7xx1f2691f2520d487b902f4e0b57a0b197' });
  });
  afterAll(() => recordedFake.close());
  afterEach(() => expect(recordedFake.violations).toEqual([]));

  it('maps the recorded Basisprofiel of the eenmanszaak 69599084 and the VvE 90000749', async () => {
    expect(await recordedKvk.findByKvkNumber('69599084')).toMatchObject({
      tradeName: 'Test EMZ Dagobert',
      legalForm: 'Eenmanszaak',
      sbiCode: '10110',
      registeredOn: '2017-07-10',
      deregisteredOn: null,
      address: { street: 'Abebe Bikilalaan', houseNumber: 17, houseLetter: 'M', postcode: '1034WL', city: 'Amsterdam' },
    });
    expect((await recordedKvk.findByKvkNumber('69599084'))!.activities).toHaveLength(3);
    expect(await recordedKvk.findByKvkNumber('90000749')).toMatchObject({ tradeName: 'Global Conron', legalForm: 'Vereniging van Eigenaars', sbiCode: '94997', address: null });
    expect(await recordedKvk.findByKvkNumber('12345678')).toBeUndefined();
  });

  it('finds the recorded branches of 69599084 and the BV 90001354', async () => {
    expect((await recordedKvk.search({ type: 'kvk-number', kvkNumber: '69599084' }, 10)).map((b) => b.type).sort()).toEqual(['hoofdvestiging', 'nevenvestiging']);
    expect(await recordedKvk.search({ type: 'kvk-number', kvkNumber: '90001354' }, 10)).toMatchObject([{ name: 'Grand Joyflex B.V.', city: 'Sterksel', street: null }]);
    expect(await recordedKvk.search({ type: 'kvk-number', kvkNumber: '90004333' }, 10)).toEqual([]);
  });
});
