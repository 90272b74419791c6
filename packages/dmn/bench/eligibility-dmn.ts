import type { RuleSpec } from './eligibility-rules.js';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cells(rule: RuleSpec): string[] {
  return [
    rule.ageMax === null ? `>= ${rule.ageMin}` : `[${rule.ageMin}..${rule.ageMax}]`,
    `"${rule.household}"`,
    rule.incomeMin === null ? `<= ${rule.incomeMax}` : `(${rule.incomeMin}..${rule.incomeMax}]`,
    rule.kvk === null ? '-' : String(rule.kvk),
    rule.hoursBelow === null ? '-' : `< ${rule.hoursBelow}`,
    rule.municipalities.map((m) => `"${m}"`).join(', '),
  ];
}

const INPUTS: [string, string][] = [
  ['Leeftijd', 'number'],
  ['Leefsituatie', 'string'],
  ['Inkomen', 'number'],
  ['KvK', 'boolean'],
  ['Uren', 'number'],
  ['Gemeente', 'string'],
];

/** The eligibility rules as a DMN 1.3 decision table (UNIQUE, with a default output and annotations). */
export function eligibilityDmn(rules: RuleSpec[], namespace = 'https://eenloket.nl/dmn/bench'): string {
  const inputData = INPUTS.map(
    ([name, type]) => `<inputData id="in_${name}" name="${name}"><variable name="${name}" typeRef="${type}"/></inputData>`,
  ).join('\n');
  const requirements = INPUTS.map(([name]) => `<informationRequirement><requiredInput href="#in_${name}"/></informationRequirement>`).join('');
  const inputs = INPUTS.map(
    ([name, type]) => `<input id="i_${name}" label="${name}"><inputExpression typeRef="${type}"><text>${name}</text></inputExpression></input>`,
  ).join('\n');
  const rows = rules
    .map((rule, r) => {
      const entries = cells(rule).map((cell) => `<inputEntry><text>${escape(cell)}</text></inputEntry>`).join('');
      return `<rule id="r${r + 1}">${entries}<outputEntry><text>"${rule.scheme}"</text></outputEntry><outputEntry><text>${rule.amount}</text></outputEntry><annotationEntry><text>${escape(rule.note)}</text></annotationEntry></rule>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="bench" name="Minimaregelingen" namespace="${namespace}">
${inputData}
<decision id="d_regeling" name="Regeling">
<variable name="Regeling"/>
${requirements}
<decisionTable id="t_regeling" hitPolicy="UNIQUE">
${inputs}
<output id="o_regeling" name="regeling" typeRef="string"><defaultOutputEntry><text>"geen"</text></defaultOutputEntry></output>
<output id="o_bedrag" name="bedrag" typeRef="number"><defaultOutputEntry><text>0</text></defaultOutputEntry></output>
<annotation name="Toelichting"/>
${rows}
</decisionTable>
</decision>
</definitions>`;
}
