import type { Db } from '../../db/database.js';
import { createBatcher } from '../../shared/batcher.js';
import { monthsOf, type IncomeRegistry, type IncomeSource } from './income-registry.js';
import { provenanceNow } from './provenance.js';
import { selectIncomesOfMany, type IncomeRow } from './registry.repository.js';

/**
 * The income registry of the demo municipality: constant monthly amounts per payer with a validity
 * period (registry_incomes), expanded to the months asked for.
 */
export function createEmbeddedIncomeRegistry(db: Db): IncomeRegistry {
  // Lookups that arrive together are answered by one query per period asked for (mostly one).
  const incomes = createBatcher<{ bsn: string; from: string; to: string }, IncomeRow[]>({
    maxBatch: 100,
    maxInFlight: 2,
    run: async (lookups) => {
      // One query per period asked about, for all the BSNs asked about with it.
      const periods = new Map<string, { from: string; to: string; bsns: Set<string> }>();
      for (const { bsn, from, to } of lookups) {
        let period = periods.get(`${from}/${to}`);
        if (!period) periods.set(`${from}/${to}`, (period = { from, to, bsns: new Set() }));
        period.bsns.add(bsn);
      }
      const found = new Map(await Promise.all([...periods].map(async ([key, { from, to, bsns }]) => [key, await selectIncomesOfMany(db, [...bsns], `${from}-01`, `${to}-01`)] as const)));
      return lookups.map(({ bsn, from, to }) => found.get(`${from}/${to}`)!.get(bsn) ?? []);
    },
  });
  return {
    source: 'embedded',

    async incomeOf(bsn, period) {
      const months = monthsOf(period);
      const rows = await incomes({ bsn, from: period.from, to: period.to });
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
