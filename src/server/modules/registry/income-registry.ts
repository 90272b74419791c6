import type { Provenance, RegistrySource } from './provenance.js';

// The income port: what payroll and benefit administrations report about a person's income per
// month, as a consultant sees it in Suwinet-Inkijk (the UWV polisadministratie: wages, UWV and
// SVB benefits, pensions). There is no public API specification for this data; the two
// implementations are the embedded demo registry (embedded-income-registry.ts) and a client for a
// JSON gateway that a municipality runs in front of Suwinet (income-gateway-registry.ts, whose
// contract is described in docs/registry-connectors.md).

export type IncomeKind = 'loon' | 'uitkering' | 'aow' | 'pensioen' | 'overig';

/** Calendar months, inclusive: { from: '2026-09', to: '2026-11' }. */
export interface IncomePeriod {
  from: string;
  to: string;
}

export interface IncomeMonth {
  /** 'YYYY-MM' */
  month: string;
  /** Gross amount in euros, rounded to cents. */
  gross: number;
  /** Net amount in euros, rounded to cents; null when the source reports gross only. */
  net: number | null;
}

/** One income relation: an employer, benefit agency or pension fund and what it paid per month. */
export interface IncomeSource {
  /** The payer as registered, e.g. "UWV" or "Zorggroep Voorbeeldstad B.V.". */
  name: string;
  kind: IncomeKind;
  /** Only the months inside the requested period in which something was paid, oldest first. */
  months: IncomeMonth[];
}

export interface IncomeStatement {
  period: IncomePeriod;
  /** Empty when nothing was paid in the period, or the person is unknown to the source. */
  sources: IncomeSource[];
  provenance: Provenance;
}

/**
 * Reads a person's income. An implementation that cannot reach its source throws a
 * RegistryUnavailableError (503); a person without income gets a statement without sources.
 */
export interface IncomeRegistry {
  readonly source: RegistrySource;
  incomeOf(bsn: string, period: IncomePeriod): Promise<IncomeStatement>;
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The months of a period, oldest first; throws on a malformed or reversed period (a bug in the caller). */
export function monthsOf(period: IncomePeriod): string[] {
  if (!monthPattern.test(period.from) || !monthPattern.test(period.to) || period.from > period.to) {
    throw new RangeError(`invalid income period ${period.from}..${period.to}`);
  }
  const months: string[] = [];
  let [year, month] = period.from.split('-').map(Number) as [number, number];
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    months.push(current);
    if (current === period.to || months.length > 600) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}
