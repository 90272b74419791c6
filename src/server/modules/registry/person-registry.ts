import type { Provenance, RegistrySource } from './provenance.js';

// The person port (BRP): persons, their households and the DigiD test personas. Two
// implementations: the embedded registry of the demo municipality (embedded-person-registry.ts) and
// the Haal Centraal BRP Personen 2.x client (brp-person-registry.ts). Businesses are a port of their
// own (business-registry.ts): the KVK API cannot look them up by a person.

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
  /** CBS municipality code (4 digits); empty when the source does not say (KVK addresses). */
  municipalityCode: string;
}

export interface PersonRecord {
  bsn: string;
  name: PersonName;
  /**
   * ISO date. The BRP also holds incomplete dates (only year and month, only a year, unknown):
   * those arrive with reduced precision ("1968-07", "1968") or empty.
   */
  birthDate: string;
  gender: 'M' | 'V' | 'O';
  nationality: string;
  deathDate: string | null;
  /** Since when the person lives at the current address. */
  residentSince: string | null;
  address: Address | null;
  provenance: Provenance;
}

export type HouseholdRelation = 'self' | 'partner' | 'child' | 'parent' | 'co-resident';

export interface HouseholdMember {
  relation: HouseholdRelation;
  person: PersonRecord;
}

/**
 * Search types as in Haal Centraal BRP Personen. "name" needs given names too when the BRP API is
 * configured, and then finds residents of this municipality only (ZoekMetNaamEnGemeenteVanInschrijving).
 */
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

/**
 * Reads persons from the Basisregistratie Personen. An implementation that cannot reach its
 * registry throws a RegistryUnavailableError (503); a person that is not registered is undefined.
 * Deceased persons are found by BSN, but not as members of a household.
 */
export interface PersonRegistry {
  readonly source: RegistrySource;
  findByBsn(bsn: string): Promise<PersonRecord | undefined>;
  search(query: PersonSearch, limit: number): Promise<PersonRecord[]>;
  /**
   * The person and everyone living at the same address, with their relation to the person
   * (partner and children from the BRP relations, everyone else a co-resident). Empty when the
   * person is unknown; only the person when they have no address in the Netherlands.
   */
  household(bsn: string): Promise<HouseholdMember[]>;
  /** Residents for the DigiD test login; empty outside the embedded registry. */
  demoPersonas(): Promise<DemoPersona[]>;
}

export function formatName(givenNames: string, prefix: string | null, familyName: string): string {
  return [givenNames, prefix, familyName].filter(Boolean).join(' ');
}

const relationOrder: Record<HouseholdRelation, number> = { self: 0, partner: 1, child: 2, parent: 3, 'co-resident': 4 };

/** The order every implementation returns a household in: self, partner, children, parents, others; then by age. */
export function sortHousehold(members: HouseholdMember[]): HouseholdMember[] {
  return members.sort((a, b) => relationOrder[a.relation] - relationOrder[b.relation] || a.person.birthDate.localeCompare(b.person.birthDate));
}
