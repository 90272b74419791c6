import type { FieldError } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import type { Business, BusinessRegistry } from './business-registry.js';

/**
 * Checks a KvK number an applicant typed, for forms whose business fields the registry cannot
 * prefill (the KVK API does not find businesses by owner; see business-registry.ts). The number
 * must exist and the registration must be active on `activeOn`, and, when given, have been entered
 * in the Handelsregister before `registeredBefore` (e.g. a scheme's cut-off date). Ownership is
 * not checked: the KVK API does not disclose owners' BSNs.
 */
export async function kvkNumberErrors(options: {
  businesses: BusinessRegistry;
  kvkNumber: string;
  field: string;
  activeOn: string;
  registeredBefore?: string;
}): Promise<{ business: Business | undefined; errors: FieldError[] }> {
  const { field } = options;
  if (!/^\d{8}$/.test(options.kvkNumber)) {
    return { business: undefined, errors: [{ name: field, code: 'business.kvk_format', message: text('Een KvK-nummer heeft 8 cijfers.', 'A KvK number has 8 digits.') }] };
  }
  const business = await options.businesses.findByKvkNumber(options.kvkNumber);
  if (!business) {
    return {
      business,
      errors: [{ name: field, code: 'business.kvk_unknown', message: text('Dit KvK-nummer staat niet in het Handelsregister. Controleer het nummer.', 'This KvK number is not in the Business Register. Check the number.') }],
    };
  }
  const errors: FieldError[] = [];
  if (business.deregisteredOn && business.deregisteredOn <= options.activeOn) {
    errors.push({ name: field, code: 'business.kvk_deregistered', message: text('Dit bedrijf is uitgeschreven uit het Handelsregister.', 'This business has been removed from the Business Register.') });
  }
  if (options.registeredBefore && !(business.registeredOn && business.registeredOn < options.registeredBefore)) {
    errors.push({
      name: field,
      code: 'business.kvk_registered_too_late',
      message: text('Dit bedrijf is na de peildatum ingeschreven in het Handelsregister.', 'This business was registered in the Business Register after the reference date.'),
    });
  }
  return { business, errors };
}
