import type { z } from 'zod';
import type { Logger } from '../../observability/logger.js';
import { invalid } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { raadpleegResponse, zoekResponse, type BrpPersoon } from './brp-personen.schema.js';
import { currentPartnerBsns, relatedBsns, toPersonRecord } from './brp-to-person.js';
import { sortHousehold, type HouseholdMember, type PersonRecord, type PersonRegistry, type PersonSearch } from './person-registry.js';
import { provenanceNow } from './provenance.js';
import { callRegistry } from './registry-call.js';
import type { RegistryHttp } from './registry-http.js';

// The person port over Haal Centraal BRP Personen 2.x: POST {BRP_API_URL}/personen with a query
// type and the fields we need (data minimisation: the API returns only those). Searches ask for
// BSNs only and then fetch those persons with RaadpleegMetBurgerservicenummer, which is the only
// query type that returns addresses and relations.

/** What a PersonRecord is made of. */
export const personFields = [
  'burgerservicenummer',
  'naam.voornamen',
  'naam.voorvoegsel',
  'naam.geslachtsnaam',
  'geboorte.datum',
  'geslacht',
  'nationaliteiten.type',
  'nationaliteiten.nationaliteit',
  'overlijden.datum',
  'gemeenteVanInschrijving',
  'verblijfplaats.datumVan',
  'verblijfplaats.verblijfadres.officieleStraatnaam',
  'verblijfplaats.verblijfadres.korteStraatnaam',
  'verblijfplaats.verblijfadres.huisnummer',
  'verblijfplaats.verblijfadres.huisletter',
  'verblijfplaats.verblijfadres.huisnummertoevoeging',
  'verblijfplaats.verblijfadres.postcode',
  'verblijfplaats.verblijfadres.woonplaats',
] as const;

/** For the household: the address object to search co-residents with, and the relations' BSNs. */
export const householdFields = [
  ...personFields,
  'verblijfplaats.adresseerbaarObjectIdentificatie',
  'partners.burgerservicenummer',
  'partners.ontbindingHuwelijkPartnerschap.datum',
  'kinderen.burgerservicenummer',
  'ouders.burgerservicenummer',
] as const;

/** The API takes at most 20 BSNs per RaadpleegMetBurgerservicenummer. */
const BSN_BATCH = 20;
/** As the embedded registry: an address with more residents is an institution, not a household. */
const MAX_CO_RESIDENTS = 50;
// The API's own patterns for names (GeslachtsnaamFilter, VoornamenVerplichtFilter), without the wildcard.
const namePattern = /^[a-zA-Z0-9À-ž .\-']{1,200}$/;

export function createBrpPersonRegistry(options: { http: RegistryHttp; logger: Logger; municipalityCode: string }): PersonRegistry {
  const { http, municipalityCode } = options;
  const logger = options.logger.child({ component: 'brp-haal-centraal' });

  async function query<T>(operation: string, body: Record<string, unknown>, schema: z.ZodType<T>): Promise<T> {
    const answer = await callRegistry({
      http,
      registry: 'brp',
      logger,
      operation,
      request: { method: 'POST', path: '/personen', body: { type: operation, ...body }, accept: 'application/json' },
      schema,
    });
    // No status of this API means "empty": an empty result is a 200 with no persons.
    return answer!;
  }

  async function raadpleeg(bsns: string[], fields: readonly string[]): Promise<BrpPersoon[]> {
    const batches: string[][] = [];
    for (let i = 0; i < bsns.length; i += BSN_BATCH) batches.push(bsns.slice(i, i + BSN_BATCH));
    const answers = await Promise.all(
      batches.map((burgerservicenummer) => query('RaadpleegMetBurgerservicenummer', { burgerservicenummer, fields }, raadpleegResponse)),
    );
    return answers.flatMap((a) => a.personen);
  }

  async function zoek(type: string, parameters: Record<string, unknown>): Promise<string[]> {
    const answer = await query(type, { ...parameters, fields: ['burgerservicenummer'] }, zoekResponse(type));
    return [...new Set(answer.personen.map((p) => p.burgerservicenummer))];
  }

  const records = (list: BrpPersoon[]): PersonRecord[] => {
    const provenance = provenanceNow('brp-haal-centraal');
    return list.map((p) => toPersonRecord(p, provenance));
  };

  return {
    source: 'brp-haal-centraal',

    async findByBsn(bsn) {
      if (!/^\d{9}$/.test(bsn)) return undefined;
      return records(await raadpleeg([bsn], personFields))[0];
    },

    async search(search: PersonSearch, limit) {
      const bsns = search.type === 'bsn' ? [search.bsn] : await zoek(...zoekQuery(search, municipalityCode));
      const found = records(await raadpleeg(bsns.slice(0, limit), personFields));
      return found.sort(
        (a, b) => a.name.familyName.localeCompare(b.name.familyName) || a.name.givenNames.localeCompare(b.name.givenNames) || a.birthDate.localeCompare(b.birthDate),
      );
    },

    async household(bsn) {
      if (!/^\d{9}$/.test(bsn)) return [];
      const [self] = await raadpleeg([bsn], householdFields);
      if (!self) return [];
      const provenance = provenanceNow('brp-haal-centraal');
      const members: HouseholdMember[] = [{ relation: 'self', person: toPersonRecord(self, provenance) }];
      const addressObject = self.verblijfplaats?.type === 'Adres' ? self.verblijfplaats.adresseerbaarObjectIdentificatie : undefined;
      if (!addressObject) return members;
      // Deceased persons are left out by the API's default (inclusiefOverledenPersonen false).
      const residents = (await zoek('ZoekMetAdresseerbaarObjectIdentificatie', { adresseerbaarObjectIdentificatie: addressObject }))
        .filter((other) => other !== bsn)
        .slice(0, MAX_CO_RESIDENTS);
      const partners = currentPartnerBsns(self);
      const children = relatedBsns(self.kinderen);
      const parents = relatedBsns(self.ouders);
      for (const person of records(await raadpleeg(residents, personFields))) {
        const relation = partners.has(person.bsn) ? 'partner' : children.has(person.bsn) ? 'child' : parents.has(person.bsn) ? 'parent' : 'co-resident';
        members.push({ relation, person });
      }
      return sortHousehold(members);
    },

    async demoPersonas() {
      return [];
    },
  };
}

/** Our search types as Haal Centraal query types; names are checked against the API's patterns first. */
export function zoekQuery(search: Exclude<PersonSearch, { type: 'bsn' }>, municipalityCode: string): [string, Record<string, unknown>] {
  switch (search.type) {
    case 'name-birthdate':
      checkName('familyName', search.familyName);
      return ['ZoekMetGeslachtsnaamEnGeboortedatum', { geslachtsnaam: search.familyName, geboortedatum: search.birthDate }];
    case 'postcode-housenumber':
      return ['ZoekMetPostcodeEnHuisnummer', { postcode: search.postcode, huisnummer: search.houseNumber }];
    case 'name': {
      checkName('familyName', search.familyName);
      if (!search.givenNames) {
        throw invalid([
          {
            name: 'givenNames',
            code: 'registry.given_names_required',
            message: text('Vul ook (het begin van) de voornaam in: de BRP zoekt op achternaam alleen samen met de voornaam.', 'Also enter (the start of) the given name: the BRP searches by family name only together with the given name.'),
          },
        ]);
      }
      checkName('givenNames', search.givenNames);
      // Prefix search as in the embedded registry; the API allows a wildcard after three characters.
      const wildcard = (value: string) => (value.length >= 3 && value.length < 200 ? `${value}*` : value);
      return [
        'ZoekMetNaamEnGemeenteVanInschrijving',
        { geslachtsnaam: wildcard(search.familyName), voornamen: wildcard(search.givenNames), gemeenteVanInschrijving: municipalityCode },
      ];
    }
  }
}

function checkName(field: string, value: string): void {
  if (namePattern.test(value)) return;
  throw invalid([
    {
      name: field,
      code: 'registry.name_characters',
      message: text('Gebruik alleen letters, cijfers, spaties, punten, koppeltekens en apostroffen.', 'Use only letters, digits, spaces, full stops, hyphens and apostrophes.'),
    },
  ]);
}
