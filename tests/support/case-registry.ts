import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../src/server/db/database.js';
import { applications } from '../../src/server/modules/applications/applications.tables.js';
import { addDays } from '../../src/server/modules/applications/decision-term.js';
import { getAt, setAt } from '../../src/server/modules/applications/form-data.js';
import { pointersWithFormat } from '../../src/server/modules/applications/household-bsn-check.js';
import type { ExampleCase } from '../../src/server/modules/regelingen/regeling-content.schema.js';
import { registryIncomes, registryPersons, registryRelations } from '../../src/server/modules/registry/registry.tables.js';
import { createAddress, createBusiness, createPerson } from './factories.js';

// From an example case's facts (what the registries say) to rows in the embedded registries that
// make the assessment derive exactly those facts. Facts a case leaves out get ordinary values: 40
// years old, living in the municipality, alone, no income, no business.

type Facts = ExampleCase['facts'];
type Person = Awaited<ReturnType<typeof createPerson>>;

export interface CaseHousehold {
  applicant: Person;
  partner: Person | undefined;
  /** Others at the address (cost sharers first), without a BRP relation. */
  coResidents: Person[];
  kvkNumber: string | undefined;
  channel: 'digitaal' | 'papier';
}

/** A birth date that makes someone exactly `age` on `on` (their birthday a month before). */
export function birthDateFor(age: number, on: string): string {
  const day = addDays(on, -31);
  return `${Number(day.slice(0, 4)) - age}${day.slice(4, 10) === '-02-29' ? '-02-28' : day.slice(4)}`;
}

const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/**
 * `prefill` is the version's prefill map: where a case's answers hold a value the form takes from the
 * BRP (a birth date), the registry gets that value, so the model sees the same date the case describes.
 */
export async function buildCaseHousehold(
  db: Db,
  example: ExampleCase,
  options: { municipalityCode: string; regelingId: string; regelingVersion: number; prefill?: Record<string, string> },
): Promise<CaseHousehold> {
  const facts: Facts = example.facts;
  const on = example.referenceDate;
  const type = facts['household.type'];
  const lives = facts['person.livesInMunicipality'] !== false;
  const prefilled = (source: string): string | undefined => {
    const pointer = Object.entries(options.prefill ?? {}).find(([, s]) => s === source)?.[0];
    const value = pointer ? getAt(example.answers, pointer) : undefined;
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  };
  const address = await createAddress(db, { municipalityCode: lives ? options.municipalityCode : '0363' });
  const at = (age: number, birthDate?: string) => ({ addressId: address.id, birthDate: birthDate ?? birthDateFor(age, on) });
  const applicant = await createPerson(db, at(num(facts['person.age']) ?? 40, prefilled('person.birthDate')));
  if (facts['person.deceased'] === true) await db.update(registryPersons).set({ deathDate: addDays(on, -10) }).where(eq(registryPersons.id, applicant.id));

  const hasPartner = facts['household.hasPartner'] ?? (type === 'gehuwd' || num(facts['household.partnerAge']) !== undefined || (num(facts['income.partnerMonthlyNet']) ?? 0) > 0);
  const partner = hasPartner ? await createPerson(db, at(num(facts['household.partnerAge']) ?? 40, prefilled('household.partnerBirthDate'))) : undefined;
  const relations: (typeof registryRelations.$inferInsert)[] = [];
  if (partner) relations.push({ personId: applicant.id, relatedPersonId: partner.id, type: 'partner' }, { personId: partner.id, relatedPersonId: applicant.id, type: 'partner' });
  const children = num(facts['household.childrenUnder18']) ?? (type === 'alleenstaande-ouder' ? 1 : 0);
  for (let i = 0; i < children; i++) {
    const child = await createPerson(db, at(8));
    relations.push({ personId: applicant.id, relatedPersonId: child.id, type: 'child' }, { personId: child.id, relatedPersonId: applicant.id, type: 'parent' });
  }
  // Cost sharers: the applicant, the partner and others of 27 or older; the household size is filled up with people of 20.
  const sharers = Math.max(0, (num(facts['household.costSharers']) ?? 1) - 1 - (partner ? 1 : 0));
  const others: Person[] = [];
  for (let i = 0; i < sharers; i++) others.push(await createPerson(db, at(30)));
  const size = num(facts['household.size']);
  const counted = 1 + (partner ? 1 : 0) + children + sharers;
  if (size !== undefined && size < counted) throw new Error(`case ${example.id}: household.size ${size} is smaller than the ${counted} persons its other facts need`);
  for (let i = counted; i < (size ?? counted); i++) others.push(await createPerson(db, at(20)));
  if (relations.length) await db.insert(registryRelations).values(relations);

  await addIncome(db, applicant.id, facts['income.applicantMonthlyNet']);
  if (partner) await addIncome(db, partner.id, facts['income.partnerMonthlyNet']);

  let kvkNumber: string | undefined;
  const businessFacts = ['business.found', 'business.active', 'business.registeredOn'] as const;
  const found = facts['business.found'] ?? businessFacts.some((f) => facts[f] !== undefined && facts[f] !== null);
  if (found === true) {
    const registeredOn = typeof facts['business.registeredOn'] === 'string' ? facts['business.registeredOn'] : '2018-04-01';
    const business = await createBusiness(db, applicant.id, { registeredOn, deregisteredOn: facts['business.active'] === false ? addDays(on, -30) : null });
    kvkNumber = business.kvkNumber;
  }

  const earlier = num(facts['household.earlierApplications']) ?? 0;
  for (let i = 0; i < earlier; i++) {
    const by = partner ?? others[0] ?? applicant;
    const sent = new Date(`${addDays(on, -200 - i)}T10:00:00Z`);
    await db.insert(applications).values({
      id: randomUUID(),
      reference: `E-${randomUUID().slice(0, 8)}`,
      regelingId: options.regelingId,
      regelingVersion: options.regelingVersion,
      applicantBsn: by.bsn,
      channel: 'digitaal',
      status: 'besluit',
      data: {},
      prefill: { source: 'embedded', fetchedAt: sent.toISOString(), values: {} },
      submittedAt: sent,
      receivedAt: sent,
    });
  }
  return { applicant, partner, coResidents: others, kvkNumber, channel: facts['application.channel'] === 'papier' ? 'papier' : 'digitaal' };
}

/**
 * A constant net income from long before the case (so the three months before its reference date
 * have it): none for 0 or a missing fact, gross only (net unknown) for null.
 */
async function addIncome(db: Db, personId: string, net: Facts[keyof Facts] | undefined): Promise<void> {
  if (net === undefined || net === 0) return;
  if (net !== null && typeof net !== 'number') throw new Error(`an income fact must be a number or null, not ${JSON.stringify(net)}`);
  const netCents = net === null ? null : Math.round(net * 100);
  await db.insert(registryIncomes).values({
    id: randomUUID(),
    personId,
    payerName: 'Werkgever B.V.',
    kind: 'loon',
    grossMonthlyCents: Math.round((net ?? 1000) * 135),
    netMonthlyCents: netCents,
    validFrom: '2000-01-01',
    validTo: null,
  });
}

/**
 * The case's answers with the household's own BSNs and KvK number where the form holds them (cases
 * are written with placeholders): a BSN in the form is the partner's, or, without a BRP partner, that
 * of the first co-resident (a partner the applicant declares).
 */
export function answersFor(example: ExampleCase, schema: Record<string, unknown>, household: CaseHousehold): Record<string, Record<string, unknown>> {
  let data: Record<string, unknown> = structuredClone(example.answers);
  const declared = household.partner ?? household.coResidents[0];
  for (const pointer of pointersWithFormat(schema, 'bsn')) {
    if (getAt(data, pointer) !== undefined && declared) data = setAt(data, pointer, declared.bsn);
  }
  for (const pointer of pointersWithFormat(schema, 'kvk')) {
    if (getAt(data, pointer) !== undefined && household.kvkNumber) data = setAt(data, pointer, household.kvkNumber);
  }
  return data as Record<string, Record<string, unknown>>;
}
