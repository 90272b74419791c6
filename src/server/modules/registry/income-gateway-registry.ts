import { z } from 'zod';
import type { Logger } from '../../observability/logger.js';
import { monthsOf, type IncomeKind, type IncomeRegistry, type IncomeSource } from './income-registry.js';
import { provenanceNow } from './provenance.js';
import { callRegistry } from './registry-call.js';
import type { RegistryHttp } from './registry-http.js';

// A SKELETON. Suwinet has no public JSON API: BKWI offers Suwinet-Inkijk (a web application for
// consultants) and SuwiML/SOAP services behind the Gemeentelijk Gegevensknooppunt. Municipalities
// that automate use a gateway in front of those. This client speaks the small JSON contract in
// docs/registry-connectors.md that such a gateway would implement; no external specification
// exists to test it against, so its tests only check that it follows our own contract.
//
// POST {INCOME_API_URL}/inkomsten { burgerservicenummer, periode: { van, tot } }
//   200 { periode, inkomstenverhoudingen: [{ inkomstenopgaveplichtige: { naam }, soort, perioden: [{ maand, bruto, netto }] }] }
//   404 the person is unknown to the source

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const amount = z.number().finite();

export const incomeGatewayResponse = z.object({
  periode: z.object({ van: month, tot: month }),
  inkomstenverhoudingen: z
    .array(
      z.object({
        inkomstenopgaveplichtige: z.object({ naam: z.string().min(1) }),
        soort: z.enum(['loon', 'uitkering', 'aow', 'pensioen', 'overig']),
        perioden: z.array(z.object({ maand: month, bruto: amount, netto: amount.nullable().optional() })),
      }),
    )
    .default([]),
});

const cents = (value: number) => Math.round(value * 100) / 100;

export function createIncomeGatewayRegistry(options: { http: RegistryHttp; logger: Logger }): IncomeRegistry {
  const { http } = options;
  const logger = options.logger.child({ component: 'income-gateway' });
  return {
    source: 'income-gateway',

    async incomeOf(bsn, period) {
      const wanted = new Set(monthsOf(period));
      const provenance = provenanceNow('income-gateway');
      if (!/^\d{9}$/.test(bsn)) return { period, sources: [], provenance };
      const answer = await callRegistry({
        http,
        registry: 'income',
        logger,
        operation: 'Inkomsten',
        request: { method: 'POST', path: '/inkomsten', body: { burgerservicenummer: bsn, periode: { van: period.from, tot: period.to } }, accept: 'application/json' },
        schema: incomeGatewayResponse,
        emptyStatuses: [404],
      });
      const sources: IncomeSource[] = (answer?.inkomstenverhoudingen ?? [])
        .map((relation) => ({
          name: relation.inkomstenopgaveplichtige.naam,
          kind: relation.soort as IncomeKind,
          // A gateway that sends more months than asked for does not widen what we store.
          months: relation.perioden
            .filter((p) => wanted.has(p.maand))
            .map((p) => ({ month: p.maand, gross: cents(p.bruto), net: p.netto === undefined || p.netto === null ? null : cents(p.netto) }))
            .sort((a, b) => a.month.localeCompare(b.month)),
        }))
        .filter((source) => source.months.length > 0);
      return { period, sources, provenance };
    },
  };
}
