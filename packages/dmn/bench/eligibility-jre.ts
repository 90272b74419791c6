import { Engine, type RuleProperties } from 'json-rules-engine';
import type { Applicant, RuleSpec } from './eligibility-rules.js';

type Condition = { fact: keyof Applicant; operator: string; value: unknown };

function conditions(rule: RuleSpec): Condition[] {
  const all: Condition[] = [
    { fact: 'leeftijd', operator: 'greaterThanInclusive', value: rule.ageMin },
    { fact: 'leefsituatie', operator: 'equal', value: rule.household },
    { fact: 'inkomen', operator: 'lessThanInclusive', value: rule.incomeMax },
    { fact: 'gemeente', operator: 'in', value: rule.municipalities },
  ];
  if (rule.ageMax !== null) all.push({ fact: 'leeftijd', operator: 'lessThanInclusive', value: rule.ageMax });
  if (rule.incomeMin !== null) all.push({ fact: 'inkomen', operator: 'greaterThan', value: rule.incomeMin });
  if (rule.kvk !== null) all.push({ fact: 'kvk', operator: 'equal', value: rule.kvk });
  if (rule.hoursBelow !== null) all.push({ fact: 'uren', operator: 'lessThan', value: rule.hoursBelow });
  return all;
}

/** The same 50 rules for json-rules-engine; each rule emits an event carrying its outputs. */
export function eligibilityEngine(rules: RuleSpec[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  rules.forEach((rule, index) => {
    const properties: RuleProperties = {
      conditions: { all: conditions(rule) },
      event: { type: 'regeling', params: { rule: index + 1, regeling: rule.scheme, bedrag: rule.amount } },
    };
    engine.addRule(properties);
  });
  return engine;
}

/** UNIQUE hit policy on top of json-rules-engine: one event gives its outputs, none the default. */
export async function decideWithEngine(engine: Engine, applicant: Applicant): Promise<{ regeling: string; bedrag: number } | null> {
  const { events } = await engine.run({ ...applicant });
  if (events.length > 1) return null;
  const params = events[0]?.params as { regeling: string; bedrag: number } | undefined;
  return params ? { regeling: params.regeling, bedrag: params.bedrag } : { regeling: 'geen', bedrag: 0 };
}
