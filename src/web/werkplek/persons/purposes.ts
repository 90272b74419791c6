/**
 * Purpose codes of a staff read (doelbinding), as the server accepts them
 * (src/server/modules/persons/access-purposes.ts). Labels are in the translations under "purpose".
 */
export const purposeCodes = ['vraag-inwoner', 'aanvraag', 'wmo-onderzoek', 'kwaliteitscontrole', 'bezwaar'] as const;
export type Purpose = (typeof purposeCodes)[number];

export function isPurpose(value: unknown): value is Purpose {
  return typeof value === 'string' && (purposeCodes as readonly string[]).includes(value);
}
