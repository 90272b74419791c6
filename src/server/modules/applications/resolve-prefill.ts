import type { PrefillSource } from '../../../shared/forms/prefill-sources.js';
import type { PersonRegistry } from '../registry/person-registry.js';
import { getAt, setAt, type FormData } from './form-data.js';

export type PrefillValues = Partial<Record<PrefillSource, string | number | boolean>>;

/**
 * What the base registries say, in the terms forms prefill with. Only living co-residents count
 * for the household; the first active business counts for the KvK fields.
 */
export async function resolvePrefill(registry: PersonRegistry, bsn: string): Promise<PrefillValues> {
  const [person, household, businesses] = await Promise.all([registry.findByBsn(bsn), registry.household(bsn), registry.businessesOf(bsn)]);
  if (!person) return {};
  const partner = household.find((m) => m.relation === 'partner')?.person;
  const business = businesses.find((b) => !b.deregisteredOn);
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
  }
  return values;
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
