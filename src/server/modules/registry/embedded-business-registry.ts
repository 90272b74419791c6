import type { Db } from '../../db/database.js';
import type { Business, BusinessRegistry, BusinessSummary } from './business-registry.js';
import { toAddress } from './embedded-person-registry.js';
import { provenanceNow, type Provenance } from './provenance.js';
import { byKvkNumber, byTradeName, selectBusinesses, selectBusinessesOf, type BusinessWithAddress } from './registry.repository.js';

/**
 * The business registry of the demo municipality, in the application's own database. Unlike the
 * KVK API it links each business to its owner, so it can answer `businessesOf`.
 */
export function createEmbeddedBusinessRegistry(db: Db): BusinessRegistry {
  return {
    source: 'embedded',

    async findByKvkNumber(kvkNumber) {
      const [row] = await selectBusinesses(db, byKvkNumber(kvkNumber), 1);
      return row ? toBusiness(row, provenanceNow('embedded')) : undefined;
    },

    async search(query, limit) {
      const where = query.type === 'kvk-number' ? byKvkNumber(query.kvkNumber) : byTradeName(query.tradeName, query.city);
      const provenance = provenanceNow('embedded');
      return (await selectBusinesses(db, where, limit)).map(
        ({ business, address }): BusinessSummary => ({
          kvkNumber: business.kvkNumber,
          branchNumber: null,
          name: business.tradeName,
          type: 'hoofdvestiging',
          street: address?.street ?? null,
          city: address?.city ?? null,
          provenance,
        }),
      );
    },

    async businessesOf(bsn) {
      const provenance = provenanceNow('embedded');
      return (await selectBusinessesOf(db, bsn)).map((row) => toBusiness(row, provenance));
    },
  };
}

function toBusiness({ business, address }: BusinessWithAddress, provenance: Provenance): Business {
  return {
    kvkNumber: business.kvkNumber,
    tradeName: business.tradeName,
    legalForm: business.legalForm,
    sbiCode: business.sbiCode,
    sbiDescription: business.sbiDescription,
    activities: [{ sbiCode: business.sbiCode, description: business.sbiDescription, main: true }],
    registeredOn: business.registeredOn,
    deregisteredOn: business.deregisteredOn,
    homeBased: business.homeBased,
    address: address ? toAddress(address) : null,
    provenance,
  };
}
