import type { OpenApiContract } from './registry-openapi.js';
import { FakeRegistryServer, type FakeReply } from './registry-fake-server.js';

// The KVK APIs for tests, under /test/api as in the KVK test environment: GET /v2/zoeken (Zoeken 2.0)
// and GET /v1/basisprofielen/{kvkNummer} (Basisprofiel 1.3), answering 404 with IPD5200 / IPD0005 as
// the recorded test-environment answers do. With the OpenAPI documents loaded, parameters and
// answers are checked against them, and parameters the documents do not name are violations.

type Json = Record<string, unknown>;
export const kvkBasePath = '/test/api';

export interface KvkZoekItem {
  kvkNummer: string;
  vestigingsnummer?: string;
  naam: string;
  type: 'hoofdvestiging' | 'nevenvestiging' | 'rechtspersoon';
  adres?: { binnenlandsAdres?: { type?: string; straatnaam?: string; plaats?: string } };
}

/** Our own fictitious registrations, in the shape of the KVK test environment's answers. */
export const kvkFixtures: { profiles: Json[]; searchItems: KvkZoekItem[] } = {
  profiles: [
    {
      kvkNummer: '90000001',
      indNonMailing: 'Ja',
      naam: 'Schildersbedrijf Okkerse',
      formeleRegistratiedatum: '20110401',
      materieleRegistratie: { datumAanvang: '20110315' },
      totaalWerkzamePersonen: 1,
      handelsnamen: [
        { naam: 'Schildersbedrijf Okkerse', volgorde: 0 },
        { naam: 'Okkerse Glaszetters', volgorde: 1 },
      ],
      sbiActiviteiten: [
        { sbiCode: '43341', sbiOmschrijving: 'Schilders- en glazeniersbedrijven', indHoofdactiviteit: 'Ja' },
        { sbiCode: '4332', sbiOmschrijving: 'Timmeren', indHoofdactiviteit: 'Nee' },
      ],
      _embedded: {
        eigenaar: { rechtsvorm: 'Eenmanszaak', uitgebreideRechtsvorm: 'Eenmanszaak' },
        hoofdvestiging: {
          vestigingsnummer: '000090000011',
          kvkNummer: '90000001',
          indHoofdvestiging: 'Ja',
          adressen: [
            { type: 'bezoekadres', indAfgeschermd: 'Nee', volledigAdres: 'Kerkstraat 214 A 9901AB Voorbeeldstad', straatnaam: 'Kerkstraat', huisnummer: 214, huisletter: 'A', postcode: '9901AB', plaats: 'Voorbeeldstad', land: 'Nederland' },
          ],
        },
      },
    },
    {
      kvkNummer: '90000002',
      naam: 'Fotografie Van Gils',
      formeleRegistratiedatum: '20150914',
      materieleRegistratie: { datumAanvang: '20150901', datumEinde: '20230630' },
      sbiActiviteiten: [{ sbiCode: '74201', sbiOmschrijving: 'Fotografie', indHoofdactiviteit: 'Ja' }],
      _embedded: { eigenaar: { rechtsvorm: 'Eenmanszaak' }, hoofdvestiging: { adressen: [{ type: 'bezoekadres', indAfgeschermd: 'Ja', plaats: 'Voorbeeldstad' }] } },
    },
  ],
  searchItems: [
    { kvkNummer: '90000001', vestigingsnummer: '000090000011', naam: 'Schildersbedrijf Okkerse', type: 'hoofdvestiging', adres: { binnenlandsAdres: { type: 'bezoekadres', straatnaam: 'Kerkstraat', plaats: 'Voorbeeldstad' } } },
    { kvkNummer: '90000001', vestigingsnummer: '000090000012', naam: 'Okkerse Glaszetters', type: 'nevenvestiging', adres: { binnenlandsAdres: { type: 'bezoekadres', straatnaam: 'Industrieweg', plaats: 'Voorbeeldstad' } } },
  ],
};

const notFound = (code: string, omschrijving: string): FakeReply => ({ status: 404, body: { fout: [{ code, omschrijving }] } });

export function createFakeKvk(options: { profiles?: Json[]; searchItems?: KvkZoekItem[]; apiKey?: string; zoeken?: OpenApiContract; basisprofiel?: OpenApiContract } = {}): FakeRegistryServer {
  const profiles = options.profiles ?? kvkFixtures.profiles;
  const searchItems = options.searchItems ?? kvkFixtures.searchItems;
  return new FakeRegistryServer((request, fake) => {
    const answer = (contract: OpenApiContract | undefined, path: string, reply: FakeReply): FakeReply => {
      const contentType = 'application/hal+json';
      fake.violations.push(...(contract?.response(path, 'get', reply.status, contentType, reply.body) ?? []).map((e) => `response ${reply.status}: ${e}`));
      return { ...reply, contentType };
    };
    if (options.apiKey && request.headers.apikey !== options.apiKey) return { status: 401, body: { fout: [{ code: 'IPD1002', omschrijving: 'Geen of onjuiste apikey aangeleverd.' }] } };
    if (request.method !== 'GET') return { status: 405, body: { fout: [{ code: 'IPD0000', omschrijving: 'Methode niet toegestaan.' }] } };

    if (request.path === `${kvkBasePath}/v2/zoeken`) {
      if (options.zoeken) {
        fake.violations.push(...options.zoeken.parameters('/zoeken', 'get', { query: request.query }).map((e) => `request: ${e}`));
        const known = new Set(['kvkNummer', 'rsin', 'vestigingsnummer', 'naam', 'straatnaam', 'plaats', 'postcode', 'huisnummer', 'huisletter', 'postbusnummer', 'type', 'inclusiefInactieveRegistraties', 'pagina', 'resultatenPerPagina']);
        const unknown = Object.keys(request.query).filter((q) => !known.has(q));
        if (unknown.length) fake.violations.push(`request: parameters the document does not name: ${unknown.join(', ')}`);
      }
      const q = request.query;
      const hits = searchItems.filter(
        (item) =>
          (!q.kvkNummer || item.kvkNummer === q.kvkNummer) &&
          (!q.vestigingsnummer || item.vestigingsnummer === q.vestigingsnummer) &&
          (!q.naam || item.naam.toLowerCase().includes(q.naam.toLowerCase())) &&
          (!q.plaats || item.adres?.binnenlandsAdres?.plaats?.toLowerCase() === q.plaats.toLowerCase()),
      );
      if (hits.length === 0) return answer(options.zoeken, '/zoeken', notFound('IPD5200', 'Er zijn geen gegevens gevonden die voldoen aan de opgegeven zoekparameters.'));
      const perPage = Number(q.resultatenPerPagina ?? 10);
      const page = Number(q.pagina ?? 1);
      return answer(options.zoeken, '/zoeken', {
        status: 200,
        body: { pagina: page, resultatenPerPagina: perPage, totaal: hits.length, resultaten: hits.slice((page - 1) * perPage, page * perPage) },
      });
    }

    const profileMatch = new RegExp(`^${kvkBasePath}/v1/basisprofielen/([^/]+)$`).exec(request.path);
    if (profileMatch) {
      const kvkNummer = decodeURIComponent(profileMatch[1]!);
      fake.violations.push(...(options.basisprofiel?.parameters('/v1/basisprofielen/{kvkNummer}', 'get', { path: { kvkNummer }, query: request.query }) ?? []).map((e) => `request: ${e}`));
      const profile = profiles.find((p) => p.kvkNummer === kvkNummer);
      return answer(
        options.basisprofiel,
        '/v1/basisprofielen/{kvkNummer}',
        profile ? { status: 200, body: profile } : notFound('IPD0005', `Op basis van het KVK-nummer ${kvkNummer} kan het product niet worden geleverd.`),
      );
    }
    return { status: 404, body: { fout: [{ code: 'IPD0001', omschrijving: 'Onbekend pad.' }] } };
  });
}
