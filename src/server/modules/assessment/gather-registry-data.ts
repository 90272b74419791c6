import type { BusinessRegistry } from '../registry/business-registry.js';
import type { IncomeRegistry, IncomeStatement } from '../registry/income-registry.js';
import type { PersonRegistry } from '../registry/person-registry.js';
import type { RegistryUsed } from './assessment.tables.js';
import { businessFacts, chooseBusiness, incomeFacts, incomePeriodBefore, partnerOf, personFacts, type FactName, type Facts } from './assessment-facts.js';

export interface RegistryData {
  facts: Facts;
  /** BSNs at the applicant's address (the applicant included), to find earlier applications; never stored. */
  householdBsns: string[];
  registries: RegistryUsed[];
}

/**
 * Asks the base registries what the decision model needs, and only that: the BRP when a person or
 * household fact (or the partner's income) is used, the KvK for business facts, income for income
 * facts. Must run outside any database transaction (an external call never holds locks, and the
 * embedded registries query the same database). A RegistryUnavailableError passes through: the job
 * retries it.
 */
export async function gatherRegistryData(options: {
  persons: PersonRegistry;
  businesses: BusinessRegistry;
  income: IncomeRegistry;
  applicantBsn: string;
  /** The partner's BSN as the form declares it, if the form has one. */
  declaredPartnerBsn: string | undefined;
  /** The KvK number in the form, if the form asks for one. */
  kvkNumber: string | undefined;
  referenceDate: string;
  municipalityCode: string;
  needed: ReadonlySet<FactName>;
}): Promise<RegistryData> {
  const { applicantBsn, referenceDate, needed } = options;
  const uses = (prefix: string) => [...needed].some((fact) => fact.startsWith(prefix));
  const needPersons = uses('person.') || uses('household.') || needed.has('income.partnerMonthlyNet');
  const facts: Facts = {};
  const registries: RegistryUsed[] = [];

  const [person, household] = needPersons ? await Promise.all([options.persons.findByBsn(applicantBsn), options.persons.household(applicantBsn)]) : [undefined, []];
  const partner = partnerOf(household, options.declaredPartnerBsn);
  if (needPersons) {
    const derived = personFacts({ person, household, partner, referenceDate, municipalityCode: options.municipalityCode });
    Object.assign(facts, derived);
    const provenance = person?.provenance ?? household[0]?.person.provenance;
    registries.push({ registry: 'persons', source: provenance?.source ?? options.persons.source, fetchedAt: provenance?.fetchedAt ?? new Date().toISOString(), facts: { ...derived, 'person.found': Boolean(person) } });
  }

  const period = incomePeriodBefore(referenceDate);
  const [business, applicantIncome, partnerIncome] = await Promise.all([
    uses('business.') ? lookUpBusiness(options.businesses, applicantBsn, options.kvkNumber, referenceDate) : undefined,
    uses('income.') ? options.income.incomeOf(applicantBsn, period) : undefined,
    needed.has('income.partnerMonthlyNet') && partner ? options.income.incomeOf(partner.bsn, period) : undefined,
  ]);
  if (business) {
    const derived = businessFacts(business.result, referenceDate);
    Object.assign(facts, derived);
    registries.push({
      registry: 'businesses',
      source: business.result?.business?.provenance.source ?? options.businesses.source,
      fetchedAt: business.result?.business?.provenance.fetchedAt ?? business.at,
      facts: derived,
      // The KvK number identifies the record looked at; the owner's BSN is not stored.
      details: { lookup: business.by, kvkNumber: business.result?.business?.kvkNumber ?? null },
    });
  }
  if (applicantIncome) {
    const derived = incomeFacts(applicantIncome, partnerIncome, needPersons ? Boolean(partner) : null);
    Object.assign(facts, derived);
    registries.push({ registry: 'income', source: applicantIncome.provenance.source, fetchedAt: applicantIncome.provenance.fetchedAt, facts: derived, details: { period, partner: Boolean(partnerIncome), sources: sourceKinds(applicantIncome, partnerIncome) } });
  }
  return { facts, householdBsns: household.length ? household.map((m) => m.person.bsn) : [applicantBsn], registries };
}

/** By the number in the form when there is one; else the businesses the registry links to the person (undefined: it cannot tell). */
async function lookUpBusiness(registry: BusinessRegistry, bsn: string, kvkNumber: string | undefined, referenceDate: string) {
  const at = new Date().toISOString();
  if (kvkNumber) return { by: 'kvk-number' as const, at, result: { business: await registry.findByKvkNumber(kvkNumber) } };
  const owned = await registry.businessesOf(bsn);
  return { by: 'businesses-of' as const, at, result: owned ? { business: chooseBusiness(owned, referenceDate) } : undefined };
}

/** Which kinds of income were found (loon, uitkering, …), without payers or amounts. */
function sourceKinds(...statements: (IncomeStatement | undefined)[]): string[] {
  return [...new Set(statements.flatMap((s) => s?.sources.map((source) => source.kind) ?? []))].sort();
}
