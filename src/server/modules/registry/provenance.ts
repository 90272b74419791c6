// Where a registry answer came from and when it was fetched. Every record a connector returns
// carries one, so a use case can store what it used (an application's prefill) without knowing
// which implementation is configured. Never logged together with the data it describes.

export type RegistrySource = 'embedded' | 'brp-haal-centraal' | 'kvk-api' | 'income-gateway';

export interface Provenance {
  source: RegistrySource;
  /** ISO 8601 timestamp of the moment the registry answered. */
  fetchedAt: string;
}

export function provenanceNow(source: RegistrySource, now: Date = new Date()): Provenance {
  return { source, fetchedAt: now.toISOString() };
}
