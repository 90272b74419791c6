import type { assessmentFacts } from '../regelingen/regeling-content.schema.js';
import type { Business } from '../registry/business-registry.js';
import { monthsOf, type IncomePeriod, type IncomeStatement } from '../registry/income-registry.js';
import type { HouseholdMember, PersonRecord } from '../registry/person-registry.js';

// Facts for the decision models, derived from what the base registries answered (see
// docs/regelingen-content.md, "Assessment"). Pure functions: the registry calls are in
// gather-registry-data.ts, so these rules can be tested and read on their own.

export type FactName = (typeof assessmentFacts)[number];
export type FactValue = string | number | boolean | null;
export type Facts = Partial<Record<FactName, FactValue>>;

/**
 * Whole years on `on`. The BRP also holds incomplete birth dates ("1968-07", "1968"); the age is
 * given only when every possible date gives the same age, else null (the model cannot rely on it).
 */
export function ageOn(birthDate: string | null | undefined, on: string): number | null {
  if (!birthDate) return null;
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (!year) return null;
  const earliest = `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
  const latest = `${year}-${pad(month ?? 12)}-${pad(day ?? 31)}`;
  const youngest = wholeYears(latest, on);
  const oldest = wholeYears(earliest, on);
  return youngest === oldest ? oldest : null;
}

function wholeYears(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The three calendar months before the reference date's month: the income a decision looks at. */
export function incomePeriodBefore(referenceDate: string): IncomePeriod {
  const year = Number(referenceDate.slice(0, 4));
  const month = Number(referenceDate.slice(5, 7));
  const shift = (back: number) => {
    const index = year * 12 + (month - 1) - back;
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  };
  return { from: shift(3), to: shift(1) };
}

/**
 * Average net income per month over the statement's period, all sources together; a month without
 * payments counts as 0. Null when a source reports gross only: a net figure cannot be made up.
 */
export function averageMonthlyNet(statement: IncomeStatement): number | null {
  const months = monthsOf(statement.period);
  let total = 0;
  for (const source of statement.sources) {
    for (const paid of source.months) {
      if (paid.net === null) return null;
      total += paid.net;
    }
  }
  return Math.round((total / months.length) * 100) / 100;
}

/**
 * The applicant's partner: the BRP partner at the address, else a co-resident whose BSN the form
 * declares as the partner (samenwonend without a BRP relation). A declared BSN of someone who does
 * not live at the address is no partner for the assessment (the submit already refuses it).
 */
export function partnerOf(household: HouseholdMember[], declaredBsn: string | undefined): PersonRecord | undefined {
  const registered = household.find((m) => m.relation === 'partner');
  if (registered) return registered.person;
  if (!declaredBsn) return undefined;
  return household.find((m) => m.relation !== 'self' && m.person.bsn === declaredBsn)?.person;
}

/** The business the assessment looks at: the one found by number, else the first active on the reference date, else the first. */
export function chooseBusiness(businesses: Business[], referenceDate: string): Business | undefined {
  return businesses.find((b) => isActiveOn(b, referenceDate)) ?? businesses[0];
}

export function isActiveOn(business: Business, date: string): boolean {
  return business.registeredOn <= date && (!business.deregisteredOn || business.deregisteredOn > date);
}

export interface PersonFactsInput {
  person: PersonRecord | undefined;
  household: HouseholdMember[];
  partner: PersonRecord | undefined;
  referenceDate: string;
  municipalityCode: string;
}

/**
 * Person and household facts. Household type: with a partner (BRP or declared co-resident)
 * "gehuwd" (married, registered or living together: the Participatiewet treats them alike);
 * without one and with a child under 18 at the address "alleenstaande-ouder"; else "alleenstaand".
 * Children under 18: everyone at the address under 18 but the applicant and partner (stepchildren
 * and foster children included; the BRP does not always relate them). Cost sharers (A in the
 * kostendelersnorm of art. 22a Pw): the applicant, the partner, and everyone else at the address of
 * 27 or older (art. 19a: a kostendeler is a person of 27 or older with their main residence in the
 * home; the belanghebbende and the partner are counted in A, so a couple alone has A = 2 and gets
 * (40 + 60) / 200 of the married norm each, together the married norm).
 */
export function personFacts(input: PersonFactsInput): Facts {
  const { person, household, partner, referenceDate } = input;
  if (!person) {
    return {
      'person.age': null,
      'person.livesInMunicipality': null,
      'person.deceased': null,
      'household.hasPartner': null,
      'household.partnerAge': null,
      'household.type': null,
      'household.size': null,
      'household.childrenUnder18': null,
      'household.costSharers': null,
    };
  }
  const others = household.filter((m) => m.relation !== 'self' && m.person.bsn !== partner?.bsn);
  const ages = others.map((m) => ageOn(m.person.birthDate, referenceDate));
  const children = ages.filter((age) => age !== null && age < 18).length;
  return {
    'person.age': ageOn(person.birthDate, referenceDate),
    'person.livesInMunicipality': person.address?.municipalityCode === input.municipalityCode,
    'person.deceased': Boolean(person.deathDate && person.deathDate <= referenceDate),
    'household.hasPartner': Boolean(partner),
    'household.partnerAge': partner ? ageOn(partner.birthDate, referenceDate) : null,
    'household.type': partner ? 'gehuwd' : children > 0 ? 'alleenstaande-ouder' : 'alleenstaand',
    'household.size': Math.max(1, household.length),
    'household.childrenUnder18': children,
    'household.costSharers': 1 + (partner ? 1 : 0) + ages.filter((age) => age !== null && age >= 27).length,
  };
}

/** `lookup` undefined: the registry cannot tell (the KVK API without a KvK number in the form). */
export function businessFacts(lookup: { business: Business | undefined } | undefined, referenceDate: string): Facts {
  if (!lookup) return { 'business.found': null, 'business.active': null, 'business.registeredOn': null };
  const { business } = lookup;
  return {
    'business.found': Boolean(business),
    'business.active': business ? isActiveOn(business, referenceDate) : false,
    'business.registeredOn': business?.registeredOn ?? null,
  };
}

/** Without a partner, the partner's income is 0 (there is none), so a model can add the two. */
export function incomeFacts(applicant: IncomeStatement | undefined, partner: IncomeStatement | undefined, hasPartner: boolean | null): Facts {
  return {
    'income.applicantMonthlyNet': applicant ? averageMonthlyNet(applicant) : null,
    'income.partnerMonthlyNet': partner ? averageMonthlyNet(partner) : hasPartner === false ? 0 : null,
  };
}
