import type { PrefillSource } from '../../../shared/forms/prefill-sources.js';
import type { BusinessRegistry } from '../registry/business-registry.js';
import type { PersonRegistry } from '../registry/person-registry.js';
import type { PrefillSourceUsed } from './applications.tables.js';
import { getAt, setAt, type FormData } from './form-data.js';

export type PrefillValues = Partial<Record<PrefillSource, string | number | boolean>>;

/** Values only; for callers that record their own source (the benchmark, the demo seed). */
export async function resolvePrefill(registry: PersonRegistry, bsn: string, businesses?: BusinessRegistry): Promise<PrefillValues> {
  return (await resolvePrefillWithSources({ persons: registry, ...(businesses ? { businesses } : {}) }, bsn)).values;
}

/**
 * What the base registries say, in the terms forms prefill with, and which registry answered when.
 * Only living co-residents count for the household; the first active business counts for the KvK
 * fields. Without a business registry, or one that cannot find businesses by owner (the KVK API),
 * there are no KvK values: the form then asks for them.
 */
export async function resolvePrefillWithSources(
  registries: { persons: PersonRegistry; businesses?: BusinessRegistry },
  bsn: string,
): Promise<{ values: PrefillValues; sources: PrefillSourceUsed[] }> {
  const { persons } = registries;
  const [person, household, businesses] = await Promise.all([persons.findByBsn(bsn), persons.household(bsn), registries.businesses?.businessesOf(bsn)]);
  if (!person) return { values: {}, sources: [] };
  const partner = household.find((m) => m.relation === 'partner')?.person;
  const business = businesses?.find((b) => !b.deregisteredOn);
  const address = person.address;
  const values: PrefillValues = {
    'person.bsn': person.bsn,
    'person.fullName': person.name.full,
    'person.givenNames': person.name.givenNames,
    'person.familyName': [person.name.prefix, person.name.familyName].filter(Boolean).join(' '),
    'person.birthDate': person.birthDate,
    'household.hasPartner': Boolean(partner),
    'household.childrenCount': household.filter((m) => m.relation === 'child').length,
    'household.size': Math.max(1, household.length),
  };
  const sources: PrefillSourceUsed[] = [{ registry: 'persons', ...person.provenance }];
  if (address) {
    values['person.street'] = address.street;
    values['person.houseNumber'] = `${address.houseNumber}${address.houseLetter ?? ''}${address.houseNumberAddition ? `-${address.houseNumberAddition}` : ''}`;
    values['person.postcode'] = address.postcode;
    values['person.city'] = address.city;
  }
  if (partner) {
    values['household.partnerBsn'] = partner.bsn;
    values['household.partnerName'] = partner.name.full;
    values['household.partnerBirthDate'] = partner.birthDate;
  }
  if (business) {
    values['business.kvkNumber'] = business.kvkNumber;
    values['business.tradeName'] = business.tradeName;
    values['business.legalForm'] = business.legalForm;
    values['business.registeredOn'] = business.registeredOn;
    values['business.activity'] = business.sbiDescription;
    sources.push({ registry: 'businesses', ...business.provenance });
  }
  return { values, sources };
}

/** The distinct sources that answered, e.g. "brp-haal-centraal+kvk-api"; "embedded" when both were embedded. */
export function describeSources(sources: PrefillSourceUsed[], fallback: string): string {
  const names = [...new Set(sources.map((s) => s.source))];
  return names.length ? names.join('+') : fallback;
}

/** Puts the registry values at their pointers. Prefilled fields always show the registry, whatever was sent. */
export function applyPrefill(data: FormData, map: Record<string, PrefillSource>, values: PrefillValues): FormData {
  let result = data;
  for (const [pointer, source] of Object.entries(map)) {
    if (values[source] !== undefined) result = setAt(result, pointer, values[source]);
  }
  return result;
}

/** Answers taken over from the application this one extends ("verlenging"). */
export function carryOver(data: FormData, previous: FormData, pointers: string[]): FormData {
  let result = data;
  for (const pointer of pointers) {
    const value = getAt(previous, pointer);
    if (value !== undefined) result = setAt(result, pointer, structuredClone(value));
  }
  return result;
}
