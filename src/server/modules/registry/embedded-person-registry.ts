import type { Db } from '../../db/database.js';
import { lookupBatcherPer } from '../../shared/batcher.js';
import type { Address, DemoPersona, HouseholdMember, PersonRecord, PersonRegistry, PersonSearch } from './person-registry.js';
import { formatName, sortHousehold } from './person-registry.js';
import { provenanceNow, type Provenance } from './provenance.js';
import {
  byBsn,
  byName,
  byNameAndBirthDate,
  byPostcodeAndNumber,
  selectDemoPersonas,
  selectPersons,
  selectPersonsByBsn,
  selectHouseholds,
  type HouseholdRow,
  type PersonWithAddress,
} from './registry.repository.js';
import type { registryAddresses } from './registry.tables.js';

/**
 * The person registry of the demo municipality, stored in the application's own database. Lookups
 * by BSN that arrive while earlier ones are in flight (assessments running side by side, submits)
 * are answered together, by one query for all their BSNs.
 */
export function createEmbeddedPersonRegistry(db: Db): PersonRegistry {
  const persons = personLookups(db);
  const households = householdLookups(db);
  return {
    source: 'embedded',

    async findByBsn(bsn) {
      const row = await persons(bsn);
      return row ? toPerson(row, provenanceNow('embedded')) : undefined;
    },

    async search(query: PersonSearch, limit) {
      const where =
        query.type === 'bsn'
          ? byBsn(query.bsn)
          : query.type === 'name-birthdate'
            ? byNameAndBirthDate(query.familyName, query.birthDate)
            : query.type === 'postcode-housenumber'
              ? byPostcodeAndNumber(query.postcode, query.houseNumber)
              : byName(query.familyName, query.givenNames);
      const provenance = provenanceNow('embedded');
      return (await selectPersons(db, where, limit)).map((row) => toPerson(row, provenance));
    },

    async household(bsn) {
      const rows = (await households(bsn)) ?? [];
      const provenance = provenanceNow('embedded');
      if (rows.length === 0) {
        // No address (or deceased): the household is the person alone, if known.
        const self = await persons(bsn);
        return self ? [{ relation: 'self' as const, person: toPerson(self, provenance) }] : [];
      }
      // A person with two recorded relations (rare) appears once, with the closest relation.
      const rank = { partner: 0, child: 1, parent: 2 } as const;
      const byBsnRow = new Map<string, (typeof rows)[number]>();
      for (const row of rows) {
        const seen = byBsnRow.get(row.person.bsn);
        if (!seen || (row.relation && (!seen.relation || rank[row.relation] < rank[seen.relation]))) byBsnRow.set(row.person.bsn, row);
      }
      const members: HouseholdMember[] = [...byBsnRow.values()].map((row) => ({
        relation: row.person.bsn === bsn ? 'self' : (row.relation ?? 'co-resident'),
        person: toPerson(row, provenance),
      }));
      return sortHousehold(members);
    },

    async demoPersonas() {
      return (await selectDemoPersonas(db)).map(
        ({ persona, person }): DemoPersona => ({
          bsn: person.bsn,
          name: formatName(person.givenNames, person.familyNamePrefix, person.familyName),
          birthDate: person.birthDate,
          description: { nl: persona.descriptionNl, en: persona.descriptionEn },
        }),
      );
    },
  };
}

const personLookups = lookupBatcherPer<Db, PersonWithAddress>({ maxBatch: 100, maxInFlight: 2, read: selectPersonsByBsn });
const householdLookups = lookupBatcherPer<Db, HouseholdRow[]>({ maxBatch: 100, maxInFlight: 2, read: selectHouseholds });

function toPerson({ person, address }: PersonWithAddress, provenance: Provenance): PersonRecord {
  return {
    bsn: person.bsn,
    name: {
      givenNames: person.givenNames,
      prefix: person.familyNamePrefix,
      familyName: person.familyName,
      full: formatName(person.givenNames, person.familyNamePrefix, person.familyName),
    },
    birthDate: person.birthDate,
    gender: person.gender,
    nationality: person.nationality,
    deathDate: person.deathDate,
    residentSince: person.residentSince,
    address: address ? toAddress(address) : null,
    provenance,
  };
}

export function toAddress(a: typeof registryAddresses.$inferSelect): Address {
  return {
    street: a.street,
    houseNumber: a.houseNumber,
    houseLetter: a.houseLetter,
    houseNumberAddition: a.houseNumberAddition,
    postcode: a.postcode,
    city: a.city,
    municipalityCode: a.municipalityCode,
  };
}
