/**
 * A realistic eligibility table for the benchmark, modelled on a municipal minimum-income scheme
 * (individuele inkomenstoeslag / meedoenregeling): 50 rules over 6 inputs — age, household situation,
 * income as a percentage of the social minimum, KvK registration, hours worked per week and
 * municipality (CBS code). Amounts and norms are illustrative, not the real figures.
 * One rule list generates both the DMN model and the equivalent json-rules-engine rules.
 */
export interface RuleSpec {
  municipalities: string[];
  household: string;
  ageMin: number;
  ageMax: number | null;
  incomeMin: number | null;
  incomeMax: number;
  kvk: boolean | null;
  hoursBelow: number | null;
  scheme: string;
  amount: number;
  note: string;
}

export const MUNICIPALITY_GROUPS: string[][] = [
  ['GM0363', 'GM0599'], // Amsterdam, Rotterdam
  ['GM0518', 'GM0344'], // 's-Gravenhage, Utrecht
  ['GM0034', 'GM0772', 'GM0855'], // Almere, Eindhoven, Tilburg
  ['GM0014', 'GM0758', 'GM0268'], // Groningen, Breda, Nijmegen
  ['GM0153', 'GM0193', 'GM0202', 'GM0307'], // Enschede, Zwolle, Arnhem, Amersfoort
];

export const HOUSEHOLDS = [
  'alleenstaand',
  'alleenstaande ouder',
  'gehuwd of samenwonend',
  'AOW alleenstaand',
  'AOW gehuwd of samenwonend',
];

const NORM = [120, 120, 115, 110, 110]; // income limit (% social minimum) per municipality group

export function eligibilityRules(): RuleSpec[] {
  const rules: RuleSpec[] = [];
  MUNICIPALITY_GROUPS.forEach((municipalities, g) => {
    HOUSEHOLDS.forEach((household, h) => {
      const pension = household.startsWith('AOW');
      const base = 300 + 25 * h + 10 * g;
      const norm = NORM[g] ?? 110;
      rules.push({
        municipalities,
        household,
        ageMin: pension ? 67 : 21,
        ageMax: pension ? null : 66,
        incomeMin: null,
        incomeMax: 100,
        kvk: null,
        hoursBelow: null,
        scheme: 'inkomenstoeslag',
        amount: base,
        note: `Inkomen op of onder de bijstandsnorm (${household}, groep ${g + 1}): volledige toeslag.`,
      });
      rules.push({
        municipalities,
        household,
        ageMin: pension ? 67 : 21,
        ageMax: pension ? null : 66,
        incomeMin: 100,
        incomeMax: norm,
        kvk: false,
        hoursBelow: household === 'alleenstaande ouder' ? 32 : null,
        scheme: 'meedoenregeling',
        amount: Math.round(base / 2),
        note: `Inkomen tot ${norm}% van de norm, niet ingeschreven bij de KvK: meedoenregeling.`,
      });
    });
  });
  return rules;
}

export interface Applicant {
  leeftijd: number;
  leefsituatie: string;
  inkomen: number;
  kvk: boolean;
  uren: number;
  gemeente: string;
}

/** Deterministic pseudo-random applicants (a fixed LCG, so every run evaluates the same cases). */
export function applicants(count: number): Applicant[] {
  let seed = 20261122;
  const next = (): number => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
  const all = MUNICIPALITY_GROUPS.flat().concat(['GM0080', 'GM0437']); // two municipalities without a scheme
  return Array.from({ length: count }, () => {
    const household = HOUSEHOLDS[Math.floor(next() * HOUSEHOLDS.length)] ?? 'alleenstaand';
    const pension = household.startsWith('AOW');
    return {
      leeftijd: pension ? 67 + Math.floor(next() * 25) : 18 + Math.floor(next() * 50),
      leefsituatie: household,
      inkomen: Math.round(70 + next() * 70),
      kvk: next() < 0.15,
      uren: Math.floor(next() * 40),
      gemeente: all[Math.floor(next() * all.length)] ?? 'GM0363',
    };
  });
}
