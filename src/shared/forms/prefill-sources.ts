/**
 * Registry values a form may be prefilled with (version.json "prefill"). The server resolves them
 * from the BRP (person, household) and the KvK (business) when a draft is started.
 */
export const prefillSources = [
  'person.bsn',
  'person.fullName',
  'person.givenNames',
  'person.familyName',
  'person.birthDate',
  'person.street',
  'person.houseNumber',
  'person.postcode',
  'person.city',
  'household.hasPartner',
  'household.partnerBsn',
  'household.partnerName',
  'household.partnerBirthDate',
  'household.childrenCount',
  'household.size',
  'business.kvkNumber',
  'business.tradeName',
  'business.legalForm',
  'business.registeredOn',
  'business.activity',
] as const;

export type PrefillSource = (typeof prefillSources)[number];
