import type { FieldError } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import type { HouseholdMember } from '../registry/person-registry.js';
import { getAt, type FormData } from './form-data.js';

/** Data pointers of every field with format "bsn", also inside conditional branches. */
export function bsnPointers(schema: Record<string, unknown>): readonly string[] {
  return pointersWithFormat(schema, 'bsn');
}

// Per schema object and format: a version's schema comes from the regeling cache and never changes,
// and the walk ran on every submit and every assessment.
const pointerCache = new WeakMap<Record<string, unknown>, Map<string, readonly string[]>>();

/** Data pointers of every field with this format (e.g. "kvk"), in schema order, also inside conditional branches. */
export function pointersWithFormat(schema: Record<string, unknown>, format: string): readonly string[] {
  let byFormat = pointerCache.get(schema);
  if (!byFormat) pointerCache.set(schema, (byFormat = new Map()));
  let pointers = byFormat.get(format);
  if (!pointers) byFormat.set(format, (pointers = Object.freeze(walkForFormat(schema, format))));
  return pointers;
}

function walkForFormat(schema: Record<string, unknown>, format: string): string[] {
  const found = new Set<string>();
  const walk = (node: unknown, pointer: string) => {
    if (!node || typeof node !== 'object') return;
    const s = node as Record<string, unknown>;
    if (s.format === format && pointer) found.add(pointer);
    for (const [key, child] of Object.entries((s.properties as Record<string, unknown>) ?? {})) walk(child, `${pointer}/${key}`);
    for (const branch of ['then', 'else']) walk(s[branch], pointer);
    for (const list of ['allOf', 'anyOf', 'oneOf']) for (const item of (s[list] as unknown[]) ?? []) walk(item, pointer);
    for (const dep of Object.values((s.dependencies as Record<string, unknown>) ?? {})) if (!Array.isArray(dep)) walk(dep, pointer);
  };
  walk(schema, '');
  return [...found];
}

/**
 * A BSN in a form may only be that of someone registered at the applicant's address (a partner,
 * a child): an application never carries another person's BSN.
 */
export function householdBsnErrors(options: { household: HouseholdMember[]; applicantBsn: string; schema: Record<string, unknown>; data: FormData }): FieldError[] {
  const pointers = bsnPointers(options.schema).filter((p) => typeof getAt(options.data, p) === 'string');
  if (pointers.length === 0) return [];
  const household = new Set(options.household.filter((m) => m.relation !== 'self').map((m) => m.person.bsn));
  const errors: FieldError[] = [];
  for (const pointer of pointers) {
    const value = getAt(options.data, pointer) as string;
    const name = pointer.slice(1).replace(/\//g, '.');
    if (value === options.applicantBsn) {
      errors.push({ name, code: 'application.own_bsn', message: text('Dit is uw eigen burgerservicenummer. Vul het nummer van de ander in.', 'This is your own citizen service number. Enter the other person’s number.') });
    } else if (/^\d{9}$/.test(value) && !household.has(value)) {
      errors.push({
        name,
        code: 'application.bsn_not_in_household',
        message: text('Deze persoon woont volgens de Basisregistratie Personen niet op uw adres.', 'According to the Personal Records Database this person does not live at your address.'),
      });
    }
  }
  return errors;
}
