import type { Db } from '../../db/database.js';
import { monthsOf, type IncomeRegistry, type IncomeSource } from './income-registry.js';
import { provenanceNow } from './provenance.js';
import { selectIncomesOf } from './registry.repository.js';

/**
 * The income registry of the demo municipality: constant monthly amounts per payer with a validity
 * period (registry_incomes), expanded to the months asked for.
 */
export function createEmbeddedIncomeRegistry(db: Db): IncomeRegistry {
  return {
    source: 'embedded',

    async incomeOf(bsn, period) {
      const months = monthsOf(period);
      const rows = await selectIncomesOf(db, bsn, `${period.from}-01`, `${period.to}-01`);
      // One source per payer and kind, also when its amount changed within the period (two rows).
      const sources = new Map<string, IncomeSource>();
      for (const { income } of rows) {
        const from = income.validFrom.slice(0, 7);
        const to = income.validTo?.slice(0, 7);
        const paid = months.filter((m) => m >= from && (!to || m <= to));
        if (paid.length === 0) continue;
        const key = `${income.kind}:${income.payerName}`;
        const source = sources.get(key) ?? { name: income.payerName, kind: income.kind, months: [] };
        source.months.push(...paid.map((month) => ({ month, gross: income.grossMonthlyCents / 100, net: income.netMonthlyCents === null ? null : income.netMonthlyCents / 100 })));
        source.months.sort((a, b) => a.month.localeCompare(b.month));
        sources.set(key, source);
      }
      return { period, sources: [...sources.values()], provenance: provenanceNow('embedded') };
    },
  };
}
