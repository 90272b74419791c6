// The automatic assessment of the test regeling "proef": a small DMN model with the four outcome
// decisions (eligible, reasons, amount, route) plus a period, an assessment section for version.json,
// its parameters and example cases. Used by content-fixture.test-helper.ts (`withAssessment`).

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const inputData: [string, string][] = [
  ['Leeftijd', 'number'],
  ['WoontInGemeente', 'boolean'],
  ['Kinderen', 'number'],
  ['Inkomen', 'number'],
  ['InkomenPartner', 'number'],
  ['EerdereAanvragen', 'number'],
  ['Kanaal', 'string'],
  ['GevraagdBedrag', 'number'],
  ['Peildatum', 'date'],
  ['Basisbedrag', 'number'],
  ['Kindbedrag', 'number'],
  ['Inkomensgrens', 'number'],
  ['Minimumleeftijd', 'number'],
];

interface Table {
  hitPolicy: string;
  inputs: [string, string][];
  outputs: [string, string][];
  rules: { in: string[]; out: string[]; nl: string; en: string }[];
}

function table(id: string, spec: Table): string {
  const inputs = spec.inputs.map(([label, expression], i) => `<input id="${id}_i${i}" label="${esc(label)}"><inputExpression><text>${esc(expression)}</text></inputExpression></input>`).join('');
  const outputs = spec.outputs.map(([name, type], i) => `<output id="${id}_o${i}" name="${name}" typeRef="${type}"/>`).join('');
  const rules = spec.rules
    .map(
      (rule, r) =>
        `<rule id="${id}_r${r + 1}">${rule.in.map((cell) => `<inputEntry><text>${esc(cell)}</text></inputEntry>`).join('')}${rule.out.map((cell) => `<outputEntry><text>${esc(cell)}</text></outputEntry>`).join('')}<annotationEntry><text>${esc(rule.nl)}</text></annotationEntry><annotationEntry><text>${esc(rule.en)}</text></annotationEntry></rule>`,
    )
    .join('');
  return `<decisionTable id="${id}" hitPolicy="${spec.hitPolicy}">${inputs}${outputs}<annotation name="Toelichting"/><annotation name="Explanation"/>${rules}</decisionTable>`;
}

function decision(name: string, requires: string[], logic: string, typeRef?: string): string {
  const reqs = requires.map((r) => (inputData.some(([n]) => n === r) ? `<informationRequirement><requiredInput href="#${r}"/></informationRequirement>` : `<informationRequirement><requiredDecision href="#${r}"/></informationRequirement>`)).join('');
  return `<decision id="${name}" name="${name}"><variable name="${name}"${typeRef ? ` typeRef="${typeRef}"` : ''}/>${reqs}${logic}</decision>`;
}

export const proefModelXml = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="proef-beoordeling" name="Proefregeling: beoordeling" namespace="https://eenloket.nl/regelingen/proef/beoordeling">
${inputData.map(([name, type]) => `<inputData id="${name}" name="${name}"><variable name="${name}" typeRef="${type}"/></inputData>`).join('\n')}
${decision(
  'Redenen',
  ['Leeftijd', 'Minimumleeftijd', 'WoontInGemeente', 'Inkomen', 'InkomenPartner', 'Inkomensgrens', 'EerdereAanvragen'],
  table('RedenenTabel', {
    hitPolicy: 'COLLECT',
    inputs: [
      ['Leeftijd', 'Leeftijd'],
      ['Woont in de gemeente', 'WoontInGemeente'],
      ['Inkomen huishouden', 'Inkomen + InkomenPartner'],
      ['Eerdere aanvragen', 'EerdereAanvragen'],
    ],
    outputs: [['reden', 'string']],
    rules: [
      { in: ['< Minimumleeftijd', '-', '-', '-'], out: ['"leeftijd"'], nl: 'U bent jonger dan de minimumleeftijd.', en: 'You are younger than the minimum age.' },
      { in: ['-', 'false', '-', '-'], out: ['"woonplaats"'], nl: 'U woont niet in de gemeente.', en: 'You do not live in the municipality.' },
      { in: ['-', '-', '> Inkomensgrens', '-'], out: ['"inkomen"'], nl: 'Het inkomen van uw huishouden is hoger dan de inkomensgrens.', en: "Your household's income is above the income limit." },
      { in: ['-', '-', '-', '> 0'], out: ['"eerder-aangevraagd"'], nl: 'Op uw adres is de toeslag al eerder aangevraagd.', en: 'The allowance has already been applied for at your address.' },
    ],
  }),
)}
${decision(
  'Voldoet',
  ['Redenen', 'Leeftijd', 'Inkomen', 'InkomenPartner', 'WoontInGemeente'],
  table('VoldoetTabel', {
    hitPolicy: 'FIRST',
    inputs: [
      ['Aantal redenen', 'count(Redenen)'],
      ['Leeftijd', 'Leeftijd'],
      ['Inkomen huishouden', 'Inkomen + InkomenPartner'],
      ['Woont in de gemeente', 'WoontInGemeente'],
    ],
    outputs: [['voldoet', 'boolean']],
    rules: [
      { in: ['> 0', '-', '-', '-'], out: ['false'], nl: 'U voldoet niet aan alle voorwaarden.', en: 'You do not meet all conditions.' },
      { in: ['-', 'null', '-', '-'], out: ['null'], nl: 'Uw leeftijd is niet bekend.', en: 'Your age is not known.' },
      { in: ['-', '-', 'null', '-'], out: ['null'], nl: 'Het inkomen van uw huishouden is niet bekend.', en: "Your household's income is not known." },
      { in: ['-', '-', '-', 'null'], out: ['null'], nl: 'Uw woonplaats is niet bekend.', en: 'Where you live is not known.' },
      {
        in: ['-', '-', '-', '-'],
        out: ['true'],
        nl: 'U bent oud genoeg, u woont in de gemeente en het inkomen van uw huishouden is niet hoger dan de inkomensgrens.',
        en: "You are old enough, you live in the municipality and your household's income is not above the income limit.",
      },
    ],
  }),
  'boolean',
)}
${decision(
  'Bedrag',
  ['Voldoet', 'Basisbedrag', 'Kinderen', 'Kindbedrag'],
  table('BedragTabel', {
    hitPolicy: 'FIRST',
    inputs: [['Voldoet', 'Voldoet']],
    outputs: [['bedrag', 'number']],
    rules: [
      { in: ['true'], out: ['Basisbedrag + Kinderen * Kindbedrag'], nl: 'U krijgt het basisbedrag en een bedrag voor elk kind jonger dan 18 jaar.', en: 'You get the basic amount and an amount for each child under 18.' },
      { in: ['-'], out: ['0'], nl: 'Zonder recht op de toeslag is het bedrag 0.', en: 'Without a right to the allowance the amount is 0.' },
    ],
  }),
  'number',
)}
${decision(
  'Behandeling',
  ['Voldoet', 'Kanaal', 'GevraagdBedrag', 'Bedrag'],
  table('BehandelingTabel', {
    hitPolicy: 'FIRST',
    inputs: [
      ['Voldoet', 'Voldoet'],
      ['Kanaal', 'Kanaal'],
      ['Gevraagd bedrag', 'GevraagdBedrag'],
    ],
    outputs: [['behandeling', 'string']],
    rules: [
      { in: ['false', '-', '-'], out: ['"medewerker"'], nl: 'Een afwijzing neemt altijd een medewerker.', en: 'A rejection is always decided by a person.' },
      { in: ['null', '-', '-'], out: ['"medewerker"'], nl: 'Niet alles is bekend uit de basisregistraties.', en: 'Not everything is known from the base registries.' },
      { in: ['-', '"papier"', '-'], out: ['"medewerker"'], nl: 'Een papieren aanvraag controleert een medewerker.', en: 'A paper application is checked by a person.' },
      { in: ['-', '-', '> Bedrag'], out: ['"medewerker"'], nl: 'U vraagt meer dan de regeling geeft.', en: 'You ask for more than the scheme gives.' },
      { in: ['-', '-', '-'], out: ['"automatisch"'], nl: 'Alles is gecontroleerd met de basisregistraties.', en: 'Everything was checked against the base registries.' },
    ],
  }),
  'string',
)}
${decision('Periode', ['Peildatum'], `<context><contextEntry><variable name="from"/><literalExpression><text>Peildatum</text></literalExpression></contextEntry><contextEntry><variable name="to"/><literalExpression><text>Peildatum + duration("P1Y") - duration("P1D")</text></literalExpression></contextEntry></context>`)}
</definitions>
`;

const label = (nl: string, en: string) => ({ nl, en });

/** version.json `assessment` of "proef". */
export const proefAssessment = {
  model: 'decisions/beoordeling.dmn',
  inputs: {
    Leeftijd: { source: 'fact', fact: 'person.age', label: label('Uw leeftijd', 'Your age') },
    WoontInGemeente: { source: 'fact', fact: 'person.livesInMunicipality', label: label('U woont in de gemeente', 'You live in the municipality') },
    Kinderen: { source: 'fact', fact: 'household.childrenUnder18', label: label('Kinderen jonger dan 18', 'Children under 18') },
    Inkomen: { source: 'fact', fact: 'income.applicantMonthlyNet', label: label('Uw netto inkomen per maand', 'Your net income per month') },
    InkomenPartner: { source: 'fact', fact: 'income.partnerMonthlyNet', label: label('Netto inkomen van uw partner per maand', "Your partner's net income per month") },
    EerdereAanvragen: { source: 'fact', fact: 'household.earlierApplications', label: label('Eerdere aanvragen op uw adres', 'Earlier applications at your address') },
    Kanaal: { source: 'fact', fact: 'application.channel', label: label('Hoe u aanvroeg', 'How you applied') },
    GevraagdBedrag: { source: 'form', pointer: '/aanvrager/bedrag', label: label('Het bedrag dat u vraagt', 'The amount you ask for') },
    Peildatum: { source: 'fact', fact: 'application.referenceDate', label: label('Datum van uw aanvraag', 'Date of your application') },
    Basisbedrag: { source: 'parameter', key: 'bedrag', label: label('Basisbedrag', 'Basic amount') },
    Kindbedrag: { source: 'parameter', key: 'kindbedrag', label: label('Bedrag per kind', 'Amount per child') },
    Inkomensgrens: { source: 'parameter', key: 'inkomensgrens', label: label('Inkomensgrens per maand', 'Income limit per month') },
    Minimumleeftijd: { source: 'parameter', key: 'leeftijd.minimum', label: label('Minimumleeftijd', 'Minimum age') },
  },
  decisions: { eligible: 'Voldoet', reasons: 'Redenen', amount: 'Bedrag', route: 'Behandeling', period: 'Periode' },
  partnerPointer: '/partner/bsn',
  examples: 'examples/beoordeling.json',
};

/** The parameters the model reads, beside "bedrag" (100) of the minimal fixture. */
export const proefAssessmentParameters = [
  { key: 'kindbedrag', label: label('Bedrag per kind', 'Amount per child'), unit: 'EUR', periods: [{ validFrom: '2025-01-01', value: 25, source: 'Testverordening art. 2', confirmed: true }] },
  { key: 'inkomensgrens', label: label('Inkomensgrens', 'Income limit'), unit: 'EUR/maand', periods: [{ validFrom: '2025-01-01', value: 1500, source: 'Testverordening art. 3', confirmed: true }] },
  { key: 'leeftijd.minimum', label: label('Minimumleeftijd', 'Minimum age'), unit: 'jaren', periods: [{ validFrom: '2025-01-01', value: 18, source: 'Testverordening art. 4', confirmed: true }] },
];

const answers = (extra: Record<string, unknown> = {}) => ({ aanvrager: { email: 'inwoner@voorbeeld.nl', iban: 'NL91ABNA0417164300', heeftPartner: false, ...extra } });
const base = {
  'person.age': 40,
  'person.livesInMunicipality': true,
  'household.hasPartner': false,
  'household.type': 'alleenstaand',
  'household.childrenUnder18': 0,
  'income.applicantMonthlyNet': 900,
  'income.partnerMonthlyNet': 0,
  'household.earlierApplications': 0,
};

/** examples/beoordeling.json: worked out by hand from the model above. */
export const proefExamples = {
  cases: [
    { id: 'toekenning', description: label('Alleenstaand, laag inkomen', 'Single, low income'), referenceDate: '2026-03-02', facts: base, answers: answers(), expected: { eligible: true, amount: 100, route: 'automatisch' } },
    {
      id: 'toekenning-kinderen',
      description: label('Alleenstaande ouder met twee kinderen', 'Single parent with two children'),
      referenceDate: '2026-03-02',
      facts: { ...base, 'household.type': 'alleenstaande-ouder', 'household.childrenUnder18': 2 },
      answers: answers(),
      expected: { eligible: true, amount: 150, route: 'automatisch' },
    },
    { id: 'inkomen-te-hoog', description: label('Inkomen boven de grens', 'Income above the limit'), referenceDate: '2026-03-02', facts: { ...base, 'income.applicantMonthlyNet': 2000 }, answers: answers(), expected: { eligible: false, route: 'medewerker', reasons: ['inkomen'] } },
    {
      id: 'partner-inkomen',
      description: label('Samen boven de grens', 'Together above the limit'),
      referenceDate: '2026-03-02',
      facts: { ...base, 'household.type': 'gehuwd', 'household.hasPartner': true, 'income.partnerMonthlyNet': 800 },
      answers: { ...answers({ heeftPartner: true }), partner: { bsn: '999993653' } },
      expected: { eligible: false, route: 'medewerker', reasons: ['inkomen'] },
    },
    { id: 'te-jong', description: label('Jonger dan 18', 'Under 18'), referenceDate: '2026-03-02', facts: { ...base, 'person.age': 17 }, answers: answers(), expected: { eligible: false, route: 'medewerker', reasons: ['leeftijd'] } },
    { id: 'eerder-aangevraagd', description: label('Al eerder aangevraagd op het adres', 'Applied before at the address'), referenceDate: '2026-03-02', facts: { ...base, 'household.earlierApplications': 1 }, answers: answers(), expected: { eligible: false, route: 'medewerker', reasons: ['eerder-aangevraagd'] } },
    { id: 'papier', description: label('Papieren aanvraag', 'Paper application'), referenceDate: '2026-03-02', facts: { ...base, 'application.channel': 'papier' }, answers: answers(), expected: { eligible: true, amount: 100, route: 'medewerker' } },
    { id: 'hoger-bedrag', description: label('Vraagt meer dan het vaste bedrag', 'Asks for more than the fixed amount'), referenceDate: '2026-03-02', facts: base, answers: answers({ bedrag: 250 }), expected: { eligible: true, amount: 100, route: 'medewerker' } },
  ],
};
