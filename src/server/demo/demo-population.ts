import { Faker, nl, base } from '@faker-js/faker';
import type { registryAddresses, registryBusinesses, registryPersons, registryRelations } from '../modules/registry/registry.tables.js';
import { activities, businessStreets, nationalities, otherFamilyNames, prefixedFamilyNames, residentialStreets } from './demo-names.js';
import { bsnSeries, demoUuid } from './demo-ids.js';

export type AddressRow = typeof registryAddresses.$inferInsert;
export type PersonRow = typeof registryPersons.$inferInsert;
export type RelationRow = typeof registryRelations.$inferInsert;
export type BusinessRow = typeof registryBusinesses.$inferInsert;

export interface DemoPopulation {
  addresses: AddressRow[];
  persons: PersonRow[];
  relations: RelationRow[];
  businesses: BusinessRow[];
}

export interface PopulationOptions {
  /** Ages, registration dates and "since" dates are relative to this day. */
  referenceDate: Date;
  municipalityCode: string;
  municipalityName: string;
  /** Stop adding households once this many living persons exist. */
  minPersons: number;
  seed?: number;
}

type Sex = 'M' | 'V';
// Letters PostNL uses in postcodes (no F, I, O, Q, U, Y; S left out to avoid SA, SD and SS).
const postcodeLetters = 'ABCDEGHJKLMNPRTVWXZ';
type FamilyName = { prefix: string | null; name: string };

/**
 * A synthetic municipality: households of the kinds a Dutch town has (singles, couples with and
 * without children, single parents, adult children living at home, house sharers), ages from
 * newborn to 90+, married and unmarried partners, widows, and self-employed people with KvK
 * registrations. Deterministic for a given seed and reference date.
 */
export function generatePopulation(options: PopulationOptions): DemoPopulation {
  const faker = new Faker({ locale: [nl, base], seed: options.seed ?? 2026 });
  const bsns = bsnSeries(50_000_000);
  const out: DemoPopulation = { addresses: [], persons: [], relations: [], businesses: [] };
  const ref = options.referenceDate;
  let living = 0;
  let kvk = 71_000_000;

  const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items);
  const chance = (p: number) => faker.number.float({ min: 0, max: 1 }) < p;
  const age = (min: number, max: number) => faker.number.int({ min, max });

  const familyName = (): FamilyName => {
    const roll = faker.number.float({ min: 0, max: 1 });
    if (roll < 0.25) {
      const [prefix, name] = pick(prefixedFamilyNames);
      return { prefix, name };
    }
    if (roll < 0.35) return { prefix: null, name: pick(otherFamilyNames) };
    return { prefix: null, name: faker.person.lastName() };
  };

  const nationality = () => faker.helpers.weightedArrayElement(nationalities.map(([value, weight]) => ({ value, weight })));

  // Streets are filled in order, so that neighbours share a postcode like in a real town.
  const streetCursor = residentialStreets.map(() => 0);
  const newAddress = (streets: readonly string[], cursor: number[], postcodeBase: number): AddressRow => {
    const index = faker.number.int({ min: 0, max: streets.length - 1 });
    const houseNumber = (cursor[index] = (cursor[index] ?? 0) + 1);
    const letters = `${postcodeLetters[index % postcodeLetters.length]}${postcodeLetters[Math.floor(houseNumber / 40) % postcodeLetters.length]}`;
    const address: AddressRow = {
      id: demoUuid(`address:${out.addresses.length}`),
      bagId: bagId(options.municipalityCode, out.addresses.length),
      street: streets[index]!,
      houseNumber,
      houseLetter: chance(0.03) ? pick(['A', 'B']) : null,
      houseNumberAddition: null,
      postcode: `${postcodeBase + (index % 90)}${letters}`,
      city: options.municipalityName,
      municipalityCode: options.municipalityCode,
    };
    out.addresses.push(address);
    return address;
  };
  const businessCursor = businessStreets.map(() => 0);

  const addPerson = (p: { sex: Sex | 'O'; ageYears: number; family: FamilyName; addressId: string | null; deathDate?: string }): PersonRow => {
    const birthDate = birthDateFor(ref, p.ageYears, faker.number.int({ min: 0, max: 364 }));
    const givenNames = faker.person.firstName(p.sex === 'M' ? 'male' : p.sex === 'V' ? 'female' : undefined);
    const arrivedAtAge = faker.number.int({ min: 0, max: p.ageYears });
    const person: PersonRow = {
      id: demoUuid(`person:${out.persons.length}`),
      bsn: bsns.next().value,
      givenNames,
      familyNamePrefix: p.family.prefix,
      familyName: p.family.name,
      birthDate,
      gender: p.sex,
      nationality: nationality(),
      addressId: p.addressId,
      residentSince: p.addressId ? addYears(birthDate, arrivedAtAge, ref) : null,
      deathDate: p.deathDate ?? null,
      searchName: `${givenNames} ${p.family.prefix ? `${p.family.prefix} ` : ''}${p.family.name}`.toLowerCase(),
    };
    out.persons.push(person);
    if (!p.deathDate) living += 1;
    return person;
  };

  const relate = (a: PersonRow, b: PersonRow, type: 'partner' | 'parent-child', since: string | null) => {
    if (type === 'partner') {
      out.relations.push({ personId: a.id!, relatedPersonId: b.id!, type: 'partner', since });
      out.relations.push({ personId: b.id!, relatedPersonId: a.id!, type: 'partner', since });
    } else {
      out.relations.push({ personId: a.id!, relatedPersonId: b.id!, type: 'child', since });
      out.relations.push({ personId: b.id!, relatedPersonId: a.id!, type: 'parent', since });
    }
  };

  const sex = (): Sex | 'O' => (chance(0.002) ? 'O' : chance(0.5) ? 'M' : 'V');

  const couple = (minAge: number, maxAge: number, address: AddressRow) => {
    const first = addPerson({ sex: 'V', ageYears: age(minAge, maxAge), family: familyName(), addressId: address.id });
    const secondAge = clamp(ageOf(first.birthDate, ref) + faker.number.int({ min: -4, max: 6 }), 18, 99);
    const second = addPerson({ sex: chance(0.95) ? 'M' : 'V', ageYears: secondAge, family: familyName(), addressId: address.id });
    // About a third of couples live together unmarried: no BRP relation, only the shared address.
    if (chance(0.68)) relate(first, second, 'partner', addYears(first.birthDate, clamp(age(22, 35), 18, ageOf(first.birthDate, ref)), ref));
    return [first, second] as const;
  };

  const children = (parents: readonly PersonRow[], count: number, address: AddressRow, maxChildAge: number) => {
    const youngest = Math.min(...parents.map((p) => ageOf(p.birthDate, ref)));
    const family: FamilyName = { prefix: parents.at(-1)!.familyNamePrefix ?? null, name: parents.at(-1)!.familyName };
    const result: PersonRow[] = [];
    for (let i = 0; i < count; i++) {
      const child = addPerson({ sex: sex(), ageYears: age(0, Math.max(0, Math.min(maxChildAge, youngest - 19))), family, addressId: address.id });
      for (const parent of parents) relate(parent, child, 'parent-child', child.birthDate);
      result.push(child);
    }
    return result;
  };

  while (living < options.minPersons) {
    const address = newAddress(residentialStreets, streetCursor, 9900);
    const kind = faker.helpers.weightedArrayElement([
      { value: 'single-young', weight: 16 },
      { value: 'single-middle', weight: 10 },
      { value: 'single-old', weight: 11 },
      { value: 'couple', weight: 27 },
      { value: 'family', weight: 25 },
      { value: 'single-parent', weight: 7 },
      { value: 'adult-children', weight: 3 },
      { value: 'house-share', weight: 1 },
    ] as const);
    const adults: PersonRow[] = [];
    switch (kind) {
      case 'single-young':
        adults.push(addPerson({ sex: sex(), ageYears: age(18, 34), family: familyName(), addressId: address.id }));
        break;
      case 'single-middle':
        adults.push(addPerson({ sex: sex(), ageYears: age(35, 64), family: familyName(), addressId: address.id }));
        break;
      case 'single-old': {
        const [from, to] = faker.helpers.weightedArrayElement<readonly [number, number]>([{ value: [65, 79], weight: 62 }, { value: [80, 89], weight: 30 }, { value: [90, 101], weight: 8 }]);
        const person = addPerson({ sex: chance(0.6) ? 'V' : 'M', ageYears: age(from, to), family: familyName(), addressId: address.id });
        adults.push(person);
        if (ageOf(person.birthDate, ref) >= 75 && chance(0.4)) {
          // A widow(er): the deceased partner stays in the registry with a date of death.
          const died = addYears(person.birthDate, age(65, ageOf(person.birthDate, ref)), ref);
          const late = addPerson({ sex: person.gender === 'V' ? 'M' : 'V', ageYears: ageOf(person.birthDate, ref) + 2, family: familyName(), addressId: address.id, deathDate: died });
          relate(person, late, 'partner', addYears(person.birthDate, 25, ref));
        }
        break;
      }
      case 'couple':
        adults.push(...couple(23, 92, address));
        break;
      case 'family': {
        const parents = couple(26, 52, address);
        adults.push(...parents);
        children(parents, faker.helpers.weightedArrayElement([{ value: 1, weight: 35 }, { value: 2, weight: 45 }, { value: 3, weight: 15 }, { value: 4, weight: 5 }]), address, 22);
        break;
      }
      case 'single-parent': {
        const parent = addPerson({ sex: chance(0.85) ? 'V' : 'M', ageYears: age(24, 55), family: familyName(), addressId: address.id });
        adults.push(parent);
        children([parent], age(1, 3), address, 20);
        break;
      }
      case 'adult-children': {
        // Parents with children of 27 and older at home: cost sharers (kostendelers) for the Participatiewet.
        const parents = couple(52, 70, address);
        adults.push(...parents, ...children(parents, age(1, 2), address, 40));
        break;
      }
      case 'house-share':
        for (let i = 0, n = age(2, 3); i < n; i++) adults.push(addPerson({ sex: sex(), ageYears: age(19, 33), family: familyName(), addressId: address.id }));
        break;
    }

    for (const adult of adults) {
      const years = ageOf(adult.birthDate, ref);
      if (years < 19 || years > 70 || !chance(0.1)) continue;
      const activity = pick(activities);
      const registeredAge = age(18, years);
      const registeredOn = addYears(adult.birthDate, registeredAge, ref, faker.number.int({ min: 0, max: 364 }));
      const homeBased = chance(0.65);
      const ended = chance(0.08) ? addDays(registeredOn, age(200, 2000), ref) : null;
      out.businesses.push({
        kvkNumber: String(kvk++),
        tradeName: activity.tradeName(adult.familyNamePrefix ? `${capitalise(adult.familyNamePrefix)} ${adult.familyName}` : adult.familyName),
        legalForm: chance(0.88) ? 'Eenmanszaak' : 'Vennootschap onder firma',
        sbiCode: activity.sbiCode,
        sbiDescription: activity.description,
        registeredOn,
        deregisteredOn: ended && ended < isoDate(ref) ? ended : null,
        ownerPersonId: adult.id!,
        addressId: homeBased ? adult.addressId! : newAddress(businessStreets, businessCursor, 9980).id,
        homeBased,
      });
    }
  }
  return out;
}

/** A BAG nummeraanduiding identification: municipality code, object type 20, ten digits. */
export function bagId(municipalityCode: string, n: number): string {
  return `${municipalityCode}20${String(n).padStart(10, '0')}`;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function birthDateFor(ref: Date, ageYears: number, dayOffset: number): string {
  // Someone aged N on the reference day was born between N+1 years and N years before it.
  const d = new Date(Date.UTC(ref.getUTCFullYear() - ageYears, ref.getUTCMonth(), ref.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - dayOffset);
  return isoDate(d);
}

export function ageOf(birthDate: string | undefined, ref: Date): number {
  const [y, m, d] = (birthDate ?? '').split('-').map(Number) as [number, number, number];
  const beforeBirthday = ref.getUTCMonth() + 1 < m || (ref.getUTCMonth() + 1 === m && ref.getUTCDate() < d);
  return ref.getUTCFullYear() - y - (beforeBirthday ? 1 : 0);
}

/** The date `years` after `from` (plus `days`), never later than the reference day. */
function addYears(from: string | undefined, years: number, ref: Date, days = 0): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return d > ref ? isoDate(ref) : isoDate(d);
}

function addDays(from: string, days: number, ref: Date): string {
  return addYears(from, 0, ref, days);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
