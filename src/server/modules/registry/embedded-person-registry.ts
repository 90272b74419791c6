import type { Db } from '../../db/database.js';
import type { Address, Business, DemoPersona, HouseholdMember, PersonRecord, PersonRegistry, PersonSearch } from './person-registry.js';
import { formatName } from './person-registry.js';
import {
  byBsn,
  byName,
  byNameAndBirthDate,
  byPostcodeAndNumber,
  selectBusinessesOf,
  selectCoResidents,
  selectDemoPersonas,
  selectPersons,
  selectRelations,
  type PersonWithAddress,
} from './registry.repository.js';
import type { registryAddresses } from './registry.tables.js';

/** The registries of the demo municipality, stored in the application's own database. */
export function createEmbeddedPersonRegistry(db: Db): PersonRegistry {
  return {
    source: 'embedded',

    async findByBsn(bsn) {
      const [row] = await selectPersons(db, byBsn(bsn), 1);
      return row ? toPerson(row) : undefined;
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
      return (await selectPersons(db, where, limit)).map(toPerson);
    },

    async household(bsn) {
      const [self] = await selectPersons(db, byBsn(bsn), 1);
      if (!self) return [];
      const [relationRows, residents] = await Promise.all([
        selectRelations(db, self.person.id),
        self.person.addressId ? selectCoResidents(db, self.person.addressId) : Promise.resolve([self]),
      ]);
      const relations = new Map(relationRows.map((r) => [r.bsn, r.type]));
      const members: HouseholdMember[] = residents.map((row) => ({
        relation: row.person.bsn === bsn ? 'self' : (relations.get(row.person.bsn) ?? 'co-resident'),
        person: toPerson(row),
      }));
      const order = { self: 0, partner: 1, child: 2, parent: 3, 'co-resident': 4 };
      return members.sort((a, b) => order[a.relation] - order[b.relation] || a.person.birthDate.localeCompare(b.person.birthDate));
    },

    async businessesOf(bsn) {
      return (await selectBusinessesOf(db, bsn)).map(
        ({ business, address }): Business => ({
          kvkNumber: business.kvkNumber,
          tradeName: business.tradeName,
          legalForm: business.legalForm,
          sbiCode: business.sbiCode,
          sbiDescription: business.sbiDescription,
          registeredOn: business.registeredOn,
          deregisteredOn: business.deregisteredOn,
          homeBased: business.homeBased,
          address: address ? toAddress(address) : null,
        }),
      );
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

function toPerson({ person, address }: PersonWithAddress): PersonRecord {
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
  };
}

function toAddress(a: typeof registryAddresses.$inferSelect): Address {
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
