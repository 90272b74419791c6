import type { Address } from './person-registry.js';
import type { Provenance, RegistrySource } from './provenance.js';

// The business port (KVK Handelsregister). Two implementations: the embedded registry of the demo
// municipality (embedded-business-registry.ts) and the KVK API client (kvk-business-registry.ts,
// Zoeken v2 and Basisprofiel v1).

export interface SbiActivity {
  sbiCode: string;
  description: string;
  /** The main activity (hoofdactiviteit). */
  main: boolean;
}

export interface Business {
  kvkNumber: string;
  /** The first trade name (handelsnaam), else the registered name. */
  tradeName: string;
  legalForm: string;
  /** The main SBI activity, repeated from `activities` for screens that show one. */
  sbiCode: string;
  sbiDescription: string;
  activities: SbiActivity[];
  /** When the business was entered in the Handelsregister (formele registratiedatum), ISO date. */
  registeredOn: string;
  /** When the business ended (datum einde), ISO date; null while it is active. */
  deregisteredOn: string | null;
  /**
   * The business is run from the owner's home address. Only a registry that links owners to
   * persons knows this (the embedded one); the KVK API does not say, and its answers carry false.
   */
  homeBased: boolean;
  /** The visiting address of the main branch; null when unknown, abroad or shielded. */
  address: Address | null;
  provenance: Provenance;
}

/** One hit of a search: a main branch, a secondary branch or a legal entity (KVK Zoeken). */
export interface BusinessSummary {
  kvkNumber: string;
  /** Vestigingsnummer (12 digits) when the hit is a branch. */
  branchNumber: string | null;
  name: string;
  type: 'hoofdvestiging' | 'nevenvestiging' | 'rechtspersoon';
  street: string | null;
  city: string | null;
  provenance: Provenance;
}

export type BusinessSearch = { type: 'kvk-number'; kvkNumber: string } | { type: 'trade-name'; tradeName: string; city?: string | undefined };

/**
 * Reads businesses from the Handelsregister.
 *
 * The KVK APIs find a business by its KvK number or name, never by the owner's BSN (the public
 * APIs do not disclose owners' BSNs). So `businessesOf` is answered only by a registry that links
 * owners to persons (the embedded demo registry); the KVK API client answers `undefined`, "cannot
 * tell". Where that happens a form must ask the applicant for the KvK number instead of
 * prefilling it, and the application checks that number with `findByKvkNumber`
 * (`kvkNumberErrors` in kvk-number-check.ts): it must exist and be active. Whether the applicant
 * owns that business is then for the consultant to confirm; the KVK API cannot.
 *
 * An implementation that cannot reach its registry throws a RegistryUnavailableError (503).
 */
export interface BusinessRegistry {
  readonly source: RegistrySource;
  findByKvkNumber(kvkNumber: string): Promise<Business | undefined>;
  search(query: BusinessSearch, limit: number): Promise<BusinessSummary[]>;
  /** The businesses registered to a person, oldest first; undefined when this registry cannot tell. */
  businessesOf(bsn: string): Promise<Business[] | undefined>;
}
