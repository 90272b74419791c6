import { and, asc, eq, gte, ilike, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import { preparedLookup } from '../../db/prepared.js';
import { demoPersonas, registryAddresses, registryBusinesses, registryIncomes, registryPersons, registryRelations } from './registry.tables.js';

export type PersonWithAddress = {
  person: typeof registryPersons.$inferSelect;
  address: typeof registryAddresses.$inferSelect | null;
};

const personColumns = { person: registryPersons, address: registryAddresses };

export async function selectPersons(db: Db, where: SQL | undefined, limit: number): Promise<PersonWithAddress[]> {
  return db
    .select(personColumns)
    .from(registryPersons)
    .leftJoin(registryAddresses, eq(registryPersons.addressId, registryAddresses.id))
    .where(where)
    .orderBy(asc(registryPersons.familyName), asc(registryPersons.givenNames), asc(registryPersons.birthDate))
    .limit(limit);
}

export function byBsn(bsn: string): SQL {
  return eq(registryPersons.bsn, bsn);
}

export function byNameAndBirthDate(familyName: string, birthDate: string): SQL {
  return and(ilike(registryPersons.familyName, familyName), eq(registryPersons.birthDate, birthDate))!;
}

export function byPostcodeAndNumber(postcode: string, houseNumber: number): SQL {
  return and(eq(registryAddresses.postcode, postcode), eq(registryAddresses.houseNumber, houseNumber))!;
}

export function byName(familyName: string, givenNames?: string): SQL {
  const family = ilike(registryPersons.familyName, `${escapeLike(familyName)}%`);
  return givenNames ? and(family, ilike(registryPersons.givenNames, `${escapeLike(givenNames)}%`))! : family;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export type HouseholdRow = PersonWithAddress & { relation: 'partner' | 'parent' | 'child' | null };

// Read for every submit, prefill and assessment; the households of several persons in one query.
const selfPerson = alias(registryPersons, 'self');
const householdsOf = preparedLookup<Record<never, never>, HouseholdRow & { selfBsn: string }>('registry_households', { column: selfPerson.bsn, type: 'text' }, (db, keyCondition) =>
  db
    .select({ ...personColumns, relation: registryRelations.type, selfBsn: selfPerson.bsn })
    .from(selfPerson)
    .innerJoin(registryPersons, and(eq(registryPersons.addressId, selfPerson.addressId), isNull(registryPersons.deathDate)))
    .leftJoin(registryAddresses, eq(registryPersons.addressId, registryAddresses.id))
    .leftJoin(registryRelations, and(eq(registryRelations.personId, selfPerson.id), eq(registryRelations.relatedPersonId, registryPersons.id)))
    .where(keyCondition),
);

/**
 * Per person (by BSN), everyone living at the person's address (the person included), with their
 * relation to the person if the BRP records one; one query for all. A person who is unknown or has
 * no address is missing.
 */
export async function selectHouseholds(db: Db, bsns: string[]): Promise<Map<string, HouseholdRow[]>> {
  const households = new Map<string, HouseholdRow[]>();
  for (const { selfBsn, ...row } of await householdsOf(db, bsns)) {
    const rows = households.get(selfBsn) ?? [];
    // An address with more than 100 residents is an institution, not a household; the rest is left out.
    if (rows.length < 100) rows.push(row);
    households.set(selfBsn, rows);
  }
  return households;
}

export type BusinessWithAddress = {
  business: typeof registryBusinesses.$inferSelect;
  address: typeof registryAddresses.$inferSelect | null;
};

export async function selectBusinessesOf(db: Db, bsn: string): Promise<BusinessWithAddress[]> {
  return db
    .select({ business: registryBusinesses, address: registryAddresses })
    .from(registryBusinesses)
    .innerJoin(registryPersons, eq(registryBusinesses.ownerPersonId, registryPersons.id))
    .leftJoin(registryAddresses, eq(registryBusinesses.addressId, registryAddresses.id))
    .where(eq(registryPersons.bsn, bsn))
    .orderBy(asc(registryBusinesses.registeredOn));
}

export async function selectBusinesses(db: Db, where: SQL, limit: number): Promise<BusinessWithAddress[]> {
  return db
    .select({ business: registryBusinesses, address: registryAddresses })
    .from(registryBusinesses)
    .leftJoin(registryAddresses, eq(registryBusinesses.addressId, registryAddresses.id))
    .where(where)
    .orderBy(asc(registryBusinesses.tradeName), asc(registryBusinesses.kvkNumber))
    .limit(limit);
}

export function byKvkNumber(kvkNumber: string): SQL {
  return eq(registryBusinesses.kvkNumber, kvkNumber);
}

export function byTradeName(tradeName: string, city?: string): SQL {
  const name = ilike(registryBusinesses.tradeName, `${escapeLike(tradeName)}%`);
  return city ? and(name, ilike(registryAddresses.city, escapeLike(city)))! : name;
}

// Read for every assessment that needs income; the incomes of several persons in one query.
const incomesOf = preparedLookup<{ fromMonth: string; toMonth: string }, { income: typeof registryIncomes.$inferSelect; bsn: string }>('registry_incomes_of', { column: registryPersons.bsn, type: 'text' }, (db, keyCondition) =>
  db
    .select({ income: registryIncomes, bsn: registryPersons.bsn })
    .from(registryIncomes)
    .innerJoin(registryPersons, eq(registryIncomes.personId, registryPersons.id))
    .where(
      and(
        keyCondition,
        lte(registryIncomes.validFrom, sql.placeholder('toMonth')),
        or(isNull(registryIncomes.validTo), gte(registryIncomes.validTo, sql.placeholder('fromMonth'))),
      ),
    )
    .orderBy(asc(registryIncomes.validFrom), asc(registryIncomes.payerName)),
);

export type IncomeRow = { income: typeof registryIncomes.$inferSelect };

/**
 * Per person (by BSN), the income relations that overlap the months from `fromMonth` to `toMonth`
 * (first days); one query for all. A person without income is missing.
 */
export async function selectIncomesOfMany(db: Db, bsns: string[], fromMonth: string, toMonth: string): Promise<Map<string, IncomeRow[]>> {
  const byBsn = new Map<string, IncomeRow[]>();
  for (const { bsn, income } of await incomesOf(db, bsns, { fromMonth, toMonth })) {
    const rows = byBsn.get(bsn) ?? [];
    rows.push({ income });
    byBsn.set(bsn, rows);
  }
  return byBsn;
}

const personsByBsn = preparedLookup<Record<never, never>, PersonWithAddress>('registry_persons_by_bsn', { column: registryPersons.bsn, type: 'text' }, (db, keyCondition) =>
  db.select(personColumns).from(registryPersons).leftJoin(registryAddresses, eq(registryPersons.addressId, registryAddresses.id)).where(keyCondition),
);

/** The persons with these BSNs (the BSN is unique; read for every assessment and prefill), by BSN; an unknown BSN is missing. */
export async function selectPersonsByBsn(db: Db, bsns: string[]): Promise<Map<string, PersonWithAddress>> {
  return new Map((await personsByBsn(db, bsns)).map((row) => [row.person.bsn, row]));
}

/** Every person with whether they own an active business: what the demo income seed needs. */
export async function selectIncomeCandidates(db: Db) {
  const [persons, owners] = await Promise.all([
    db.select({ id: registryPersons.id, bsn: registryPersons.bsn, birthDate: registryPersons.birthDate, deathDate: registryPersons.deathDate }).from(registryPersons).orderBy(asc(registryPersons.bsn)),
    db.selectDistinct({ id: registryBusinesses.ownerPersonId }).from(registryBusinesses).where(isNull(registryBusinesses.deregisteredOn)),
  ]);
  const active = new Set(owners.map((o) => o.id));
  return persons.map((p) => ({ ...p, ownsActiveBusiness: active.has(p.id) }));
}

export async function selectDemoPersonas(db: Db) {
  return db
    .select({ persona: demoPersonas, person: registryPersons })
    .from(demoPersonas)
    .innerJoin(registryPersons, eq(demoPersonas.bsn, registryPersons.bsn))
    .orderBy(asc(demoPersonas.sort));
}
