import { createHash } from 'node:crypto';
import type { IncomeKind } from '../modules/registry/income-registry.js';
import type { registryIncomes } from '../modules/registry/registry.tables.js';
import { demoUuid } from './demo-ids.js';
import { ageOf } from './demo-population.js';

// Incomes of the demo municipality as Suwinet would show them: wages, UWV and SVB benefits,
// bijstand and pensions, one or two sources per adult. Deterministic per BSN (not per position in
// the population), so a database seeded before incomes existed receives the same incomes later.
// Self-employed people have no income in the polisadministratie: their profit is not reported there.

export type IncomeRow = typeof registryIncomes.$inferInsert;

export interface IncomeCandidate {
  id: string;
  bsn: string;
  birthDate: string;
  deathDate: string | null;
  ownsActiveBusiness: boolean;
}

interface Paid {
  payer: string;
  kind: IncomeKind;
  gross: number;
  net: number;
}

const employers = [
  'Zorggroep Voorbeeldstad B.V.',
  'Albert Heijn B.V.',
  'Bouwbedrijf Van Dijk B.V.',
  'Stichting Onderwijs Voorbeeldstad',
  'PostNL Pakketten Benelux B.V.',
  'Transportbedrijf De Boer B.V.',
  'Thuiszorg Het Anker',
  'Schoonmaakbedrijf Glans B.V.',
  'Ziekenhuis Voorbeeldstad',
  'Installatiebedrijf Noord B.V.',
];
const pensionFunds = ['Stichting Pensioenfonds ABP', 'Stichting Pensioenfonds Zorg en Welzijn', 'Stichting Pensioenfonds Metaal en Techniek', 'Stichting Bedrijfstakpensioenfonds voor de Bouwnijverheid'];
const AOW_AGE = 67;

/** The persona households' incomes, by persona member, so that their stories hold (see demo-personas.ts). */
function personaIncomes(): Map<string, Paid[]> {
  const p = (payer: string, kind: IncomeKind, gross: number, net: number): Paid => ({ payer, kind, gross, net });
  return new Map(
    Object.entries({
      'de-groot:peter': [p('Installatiebedrijf Noord B.V.', 'loon', 3450, 2610.4)],
      'smit:johan': [p('Sociale Verzekeringsbank', 'aow', 1640.37, 1471.06), p('Stichting Pensioenfonds Metaal en Techniek', 'pensioen', 612.5, 455.2)],
      // Part-time in care (seed version 4; a benefit before): her energietoeslag can be granted automatically.
      'ramdin:priya': [p('Zorggroep Voorbeeldstad B.V.', 'loon', 1420, 1184.35)],
      'van-der-linden:ria': [p('Sociale Verzekeringsbank', 'aow', 1137.14, 1057.08)],
      'visser:erik': [p('Transportbedrijf De Boer B.V.', 'loon', 3120, 2410.15)],
      'visser:monique': [p('Thuiszorg Het Anker', 'loon', 1680, 1395.8)],
      'visser:daan': [p('Albert Heijn B.V.', 'loon', 640, 640)],
      'kaya:sevda': [p('UWV', 'uitkering', 1820, 1498.35)],
      'kaya:emre': [p('PostNL Pakketten Benelux B.V.', 'loon', 2900, 2230.6)],
      'kaya:can': [p('Schoonmaakbedrijf Glans B.V.', 'loon', 2350, 1860.25)],
    }).map(([key, paid]) => [demoUuid(`persona:${key}`), paid]),
  );
}

/** Income rows for every living adult, valid from some months before `referenceDate` and ongoing. */
export function buildIncomes(options: { persons: IncomeCandidate[]; referenceDate: Date; municipalityName: string }): IncomeRow[] {
  const personas = personaIncomes();
  const rows: IncomeRow[] = [];
  for (const person of options.persons) {
    if (person.deathDate) continue;
    const age = ageOf(person.birthDate, options.referenceDate);
    if (age < 18) continue;
    const roll = rolls(person.bsn);
    const paid = personas.get(person.id) ?? generated({ age, ownsActiveBusiness: person.ownsActiveBusiness, roll, municipalityName: options.municipalityName });
    paid.forEach((income, n) => {
      rows.push({
        id: demoUuid(`income:${person.bsn}:${n}`),
        personId: person.id,
        payerName: income.payer,
        kind: income.kind,
        grossMonthlyCents: Math.round(income.gross * 100),
        netMonthlyCents: Math.round(income.net * 100),
        validFrom: monthsBefore(options.referenceDate, 3 + Math.floor(roll(10 + n) * 60)),
        validTo: null,
      });
    });
  }
  return rows;
}

function generated(options: { age: number; ownsActiveBusiness: boolean; roll: (n: number) => number; municipalityName: string }): Paid[] {
  const { age, roll } = options;
  const between = (n: number, min: number, max: number) => Math.round(min + roll(n) * (max - min));
  if (age >= AOW_AGE) {
    const aow = between(1, 1100, 1650);
    const result: Paid[] = [{ payer: 'Sociale Verzekeringsbank', kind: 'aow', gross: aow, net: Math.round(aow * 0.91) }];
    if (roll(2) < 0.6) {
      const pension = between(3, 180, 1400);
      result.push({ payer: pensionFunds[Math.floor(roll(4) * pensionFunds.length)]!, kind: 'pensioen', gross: pension, net: Math.round(pension * 0.74) });
    }
    return result;
  }
  if (options.ownsActiveBusiness) return [];
  const employer = employers[Math.floor(roll(4) * employers.length)]!;
  const kind = roll(0);
  if (age <= 22) {
    if (kind >= 0.5) return [];
    const wage = between(1, 280, 950);
    return [{ payer: employer, kind: 'loon', gross: wage, net: wage }];
  }
  if (kind < 0.62) {
    const wage = between(1, 1900, 4800);
    return [{ payer: employer, kind: 'loon', gross: wage, net: Math.round(wage * 0.74) }];
  }
  if (kind < 0.72) {
    const ww = between(1, 1400, 2300);
    return [{ payer: 'UWV', kind: 'uitkering', gross: ww, net: Math.round(ww * 0.81) }];
  }
  if (kind < 0.8) return [{ payer: `Gemeente ${options.municipalityName}`, kind: 'uitkering', gross: 1493.15, net: 1369.06 }];
  if (kind < 0.84) {
    const wia = between(1, 1200, 2100);
    return [{ payer: 'UWV', kind: 'uitkering', gross: wia, net: Math.round(wia * 0.82) }];
  }
  return [];
}

/** Numbers in [0, 1) derived from the BSN, one per index. */
function rolls(bsn: string): (n: number) => number {
  const hash = createHash('sha256').update(`eenloket-demo-income:${bsn}`).digest();
  return (n) => hash.readUInt16BE((n * 2) % 30) / 65_536;
}

/** The first day of the month `count` months before the reference date's month. */
function monthsBefore(ref: Date, count: number): string {
  const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - count, 1));
  return d.toISOString().slice(0, 10);
}
