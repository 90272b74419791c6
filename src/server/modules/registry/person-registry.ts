// The base-registry port: persons and households (BRP) and businesses (KvK). The embedded
// implementation reads the demo municipality; the Haal Centraal / KVK API clients come with issue 5.

export interface PersonName {
  givenNames: string;
  prefix: string | null;
  familyName: string;
  /** "Jan de Vries" */
  full: string;
}

export interface Address {
  street: string;
  houseNumber: number;
  houseLetter: string | null;
  houseNumberAddition: string | null;
  postcode: string;
  city: string;
  municipalityCode: string;
}

export interface PersonRecord {
  bsn: string;
  name: PersonName;
  birthDate: string;
  gender: 'M' | 'V' | 'O';
  nationality: string;
  deathDate: string | null;
  residentSince: string | null;
  address: Address | null;
}

export type HouseholdRelation = 'self' | 'partner' | 'child' | 'parent' | 'co-resident';

export interface HouseholdMember {
  relation: HouseholdRelation;
  person: PersonRecord;
}

export interface Business {
  kvkNumber: string;
  tradeName: string;
  legalForm: string;
  sbiCode: string;
  sbiDescription: string;
  registeredOn: string;
  deregisteredOn: string | null;
  homeBased: boolean;
  address: Address | null;
}

/** Search types as in Haal Centraal BRP Personen. */
export type PersonSearch =
  | { type: 'bsn'; bsn: string }
  | { type: 'name-birthdate'; familyName: string; birthDate: string }
  | { type: 'postcode-housenumber'; postcode: string; houseNumber: number }
  | { type: 'name'; familyName: string; givenNames?: string | undefined };

export interface DemoPersona {
  bsn: string;
  name: string;
  birthDate: string;
  description: { nl: string; en: string };
}

export interface PersonRegistry {
  readonly source: string;
  findByBsn(bsn: string): Promise<PersonRecord | undefined>;
  search(query: PersonSearch, limit: number): Promise<PersonRecord[]>;
  /** Everyone registered at the person's address, with their relation to the person. */
  household(bsn: string): Promise<HouseholdMember[]>;
  businessesOf(bsn: string): Promise<Business[]>;
  /** Residents for the DigiD test login; empty outside the embedded registry. */
  demoPersonas(): Promise<DemoPersona[]>;
}

export function formatName(givenNames: string, prefix: string | null, familyName: string): string {
  return [givenNames, prefix, familyName].filter(Boolean).join(' ');
}
