import { authorizeResident } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import type { BusinessRegistry } from '../registry/business-registry.js';
import type { PersonRegistry } from '../registry/person-registry.js';

/**
 * What the base registries say about the logged-in resident, their household and businesses.
 * Businesses are listed only where the business registry can find them by owner (not the KVK API).
 */
export async function getMyData(options: { registry: PersonRegistry; businesses: BusinessRegistry; ctx: RequestContext }) {
  const { principal } = authorizeResident(options.ctx, 'loket.own-data');
  const { registry } = options;
  const person = await registry.findByBsn(principal.bsn);
  if (!person) return { person: null, household: [], businesses: [] };
  const [household, businesses] = await Promise.all([registry.household(principal.bsn), options.businesses.businessesOf(principal.bsn)]);
  return { person, household, businesses: businesses ?? [] };
}
