import type { Logger } from '../../observability/logger.js';
import type { Business, BusinessRegistry, BusinessSummary, SbiActivity } from './business-registry.js';
import { fromKvkDate, kvkBasisprofiel, kvkZoekenResponse, type KvkBasisprofiel } from './kvk.schema.js';
import type { Address } from './person-registry.js';
import { provenanceNow, type Provenance } from './provenance.js';
import { callRegistry } from './registry-call.js';
import type { RegistryHttp } from './registry-http.js';

// The business port over the KVK APIs: Zoeken v2 (GET {KVK_API_URL}/v2/zoeken) to find
// registrations by number or name, Basisprofiel v1 (GET {KVK_API_URL}/v1/basisprofielen/{kvkNummer})
// for one registration's details. KVK_API_URL is e.g. https://api.kvk.nl/api (production) or
// https://api.kvk.nl/test/api (the KVK test environment). The API key goes in the `apikey` header.

const kvkNumberPattern = /^\d{8}$/;

export function createKvkBusinessRegistry(options: { http: RegistryHttp; logger: Logger }): BusinessRegistry {
  const { http } = options;
  const logger = options.logger.child({ component: 'kvk-api' });

  return {
    source: 'kvk-api',

    async findByKvkNumber(kvkNumber) {
      if (!kvkNumberPattern.test(kvkNumber)) return undefined;
      const profile = await callRegistry({
        http,
        registry: 'kvk',
        logger,
        operation: 'Basisprofiel',
        request: { method: 'GET', path: `/v1/basisprofielen/${kvkNumber}`, accept: 'application/hal+json, application/json' },
        schema: kvkBasisprofiel,
        // IPD0005: "op basis van het KVK-nummer kan het product niet worden geleverd".
        emptyStatuses: [404],
      });
      return profile ? toBusiness(profile, provenanceNow('kvk-api')) : undefined;
    },

    async search(query, limit) {
      if (query.type === 'kvk-number' && !kvkNumberPattern.test(query.kvkNumber)) return [];
      const parameters = query.type === 'kvk-number' ? { kvkNummer: query.kvkNumber } : { naam: query.tradeName, plaats: query.city };
      const answer = await callRegistry({
        http,
        registry: 'kvk',
        logger,
        operation: 'Zoeken',
        request: { method: 'GET', path: '/v2/zoeken', query: { ...parameters, resultatenPerPagina: Math.min(Math.max(limit, 1), 100) }, accept: 'application/hal+json, application/json' },
        schema: kvkZoekenResponse,
        // IPD5200: "er zijn geen gegevens gevonden die voldoen aan de opgegeven zoekparameters".
        emptyStatuses: [404],
      });
      const provenance = provenanceNow('kvk-api');
      return (answer?.resultaten ?? []).slice(0, limit).map(
        (r): BusinessSummary => ({
          kvkNumber: r.kvkNummer,
          branchNumber: r.vestigingsnummer ?? null,
          name: r.naam,
          type: r.type,
          street: r.adres?.binnenlandsAdres?.straatnaam ?? r.adres?.buitenlandsAdres?.straatHuisnummer ?? null,
          city: r.adres?.binnenlandsAdres?.plaats ?? r.adres?.buitenlandsAdres?.land ?? null,
          provenance,
        }),
      );
    },

    // The KVK APIs do not find businesses by the owner's BSN: see business-registry.ts.
    async businessesOf() {
      return undefined;
    },
  };
}

export function toBusiness(profile: KvkBasisprofiel, provenance: Provenance): Business {
  const names = [...(profile.handelsnamen ?? [])].sort((a, b) => (a.volgorde ?? 0) - (b.volgorde ?? 0));
  const owner = profile._embedded?.eigenaar;
  const activities: SbiActivity[] = (profile.sbiActiviteiten ?? profile._embedded?.hoofdvestiging?.sbiActiviteiten ?? []).map((a) => ({
    sbiCode: a.sbiCode,
    description: a.sbiOmschrijving,
    main: a.indHoofdactiviteit === 'Ja',
  }));
  const main = activities.find((a) => a.main) ?? activities[0];
  const registration = profile.materieleRegistratie;
  return {
    kvkNumber: profile.kvkNummer,
    tradeName: names[0]?.naam ?? profile.naam ?? profile.statutaireNaam ?? '',
    legalForm: owner?.rechtsvorm ?? owner?.uitgebreideRechtsvorm ?? '',
    sbiCode: main?.sbiCode ?? '',
    sbiDescription: main?.description ?? '',
    activities,
    registeredOn: fromKvkDate(profile.formeleRegistratiedatum) ?? fromKvkDate(registration?.datumAanvang) ?? '',
    deregisteredOn: fromKvkDate(registration?.datumEinde),
    homeBased: false,
    address: visitingAddress(profile),
    provenance,
  };
}

/** The main branch's visiting address in the Netherlands, unless the KVK shields it. */
function visitingAddress(profile: KvkBasisprofiel): Address | null {
  const addresses = profile._embedded?.hoofdvestiging?.adressen ?? [];
  const a = addresses.find((x) => x.type === 'bezoekadres') ?? addresses[0];
  if (!a || a.indAfgeschermd === 'Ja' || !a.straatnaam || a.huisnummer === undefined) return null;
  if (a.land && a.land !== 'Nederland') return null;
  return {
    street: a.straatnaam,
    houseNumber: a.huisnummer,
    houseLetter: a.huisletter ?? null,
    houseNumberAddition: a.huisnummerToevoeging ?? null,
    postcode: (a.postcode ?? '').replace(/\s+/g, '').toUpperCase(),
    city: a.plaats ?? '',
    municipalityCode: '',
  };
}
