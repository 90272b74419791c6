import { describe, expect, it } from 'vitest';
import { loadDmn, type DmnModel } from '../src/index.js';
import { decision, definitions, inputData, table, type TableSpec } from './helpers/dmn-xml.js';

/** A one-decision model over `Inkomen` (number) and `Situatie` (string). */
async function tableModel(spec: Partial<TableSpec> & Pick<TableSpec, 'rules'>): Promise<DmnModel> {
  const full: TableSpec = {
    inputs: [
      { expression: 'Inkomen', typeRef: 'number', label: 'Inkomen' },
      { expression: 'Situatie', typeRef: 'string', label: 'Situatie' },
    ],
    outputs: [{ typeRef: 'string' }],
    ...spec,
  };
  return loadDmn(
    definitions(inputData('Inkomen', 'number') + inputData('Situatie', 'string') + decision('Uitkomst', table(full), { requires: ['Inkomen', 'Situatie'] })),
    { strict: true },
  );
}

const rules = [
  { in: ['<= 1000', '-'], out: ['"laag"'] },
  { in: ['<= 2000', '"alleenstaand"'], out: ['"midden"'] },
  { in: ['-', '-'], out: ['"overig"'] },
];

describe('decision table hit policies', () => {
  it('FIRST returns the first matching rule', async () => {
    const model = await tableModel({ hitPolicy: 'FIRST', rules });
    expect(model.evaluate('Uitkomst', { Inkomen: 900, Situatie: 'alleenstaand' }).value).toBe('laag');
    expect(model.evaluate('Uitkomst', { Inkomen: 1500, Situatie: 'alleenstaand' }).value).toBe('midden');
    expect(model.evaluate('Uitkomst', { Inkomen: 5000, Situatie: 'gehuwd' }).value).toBe('overig');
  });

  it('RULE ORDER and COLLECT return all matches in rule order', async () => {
    for (const hitPolicy of ['RULE ORDER', 'COLLECT']) {
      const model = await tableModel({ hitPolicy, rules });
      expect(model.evaluate('Uitkomst', { Inkomen: 900, Situatie: 'alleenstaand' }).value).toEqual(['laag', 'midden', 'overig']);
    }
  });

  it('PRIORITY and OUTPUT ORDER use the order of the output values', async () => {
    const outputs = [{ typeRef: 'string', values: '"midden", "laag", "overig"' }];
    const priority = await tableModel({ hitPolicy: 'PRIORITY', outputs, rules });
    expect(priority.evaluate('Uitkomst', { Inkomen: 900, Situatie: 'alleenstaand' }).value).toBe('midden');
    const ordered = await tableModel({ hitPolicy: 'OUTPUT ORDER', outputs, rules });
    expect(ordered.evaluate('Uitkomst', { Inkomen: 900, Situatie: 'alleenstaand' }).value).toEqual(['midden', 'laag', 'overig']);
  });

  it('ANY accepts several matches with equal output and rejects different ones', async () => {
    const model = await tableModel({
      hitPolicy: 'ANY',
      rules: [
        { in: ['<= 1000', '-'], out: ['"ja"'] },
        { in: ['-', '"alleenstaand"'], out: ['"ja"'] },
        { in: ['> 5000', '"alleenstaand"'], out: ['"nee"'] },
      ],
    });
    expect(model.evaluate('Uitkomst', { Inkomen: 900, Situatie: 'alleenstaand' }).value).toBe('ja');
    const clash = model.evaluate('Uitkomst', { Inkomen: 6000, Situatie: 'alleenstaand' });
    expect(clash.value).toBeNull();
    expect(clash.messages[0]?.code).toBe('HIT_POLICY_VIOLATION');
  });

  it('C+, C<, C> and C# aggregate numeric outputs', async () => {
    const numeric = [
      { in: ['<= 1000', '-'], out: ['100'] },
      { in: ['<= 2000', '-'], out: ['50'] },
      { in: ['-', '"alleenstaand"'], out: ['25'] },
    ];
    const outputs = [{ typeRef: 'number' }];
    const expected: Record<string, number> = { SUM: 175, MIN: 25, MAX: 100, COUNT: 3 };
    for (const [aggregation, value] of Object.entries(expected)) {
      const model = await tableModel({ hitPolicy: 'COLLECT', aggregation, outputs, rules: numeric });
      expect(model.evaluate('Uitkomst', { Inkomen: 900, Situatie: 'alleenstaand' }).value).toBe(value);
    }
    const sum = await tableModel({ hitPolicy: 'C+', outputs, rules: numeric });
    expect(sum.evaluate('Uitkomst', { Inkomen: 1500, Situatie: 'gehuwd' }).value).toBe(50);
  });

  it('uses default output entries when no rule matches, and builds a context for several outputs', async () => {
    const model = await tableModel({
      hitPolicy: 'UNIQUE',
      outputs: [
        { name: 'regeling', typeRef: 'string', default: '"geen"' },
        { name: 'bedrag', typeRef: 'number', default: '0' },
      ],
      rules: [{ in: ['<= 1000', '"alleenstaand"'], out: ['"toeslag"', '350.50'] }],
    });
    expect(model.evaluate('Uitkomst', { Inkomen: 800, Situatie: 'alleenstaand' }).value).toEqual({ regeling: 'toeslag', bedrag: 350.5 });
    const none = model.evaluate('Uitkomst', { Inkomen: 3000, Situatie: 'alleenstaand' });
    expect(none.value).toEqual({ regeling: 'geen', bedrag: 0 });
    expect(none.trace.decisions[0]?.tables?.[0]?.defaulted).toBe(true);
  });

  it('checks input values and output values', async () => {
    const model = await tableModel({
      inputs: [
        { expression: 'Inkomen', typeRef: 'number' },
        { expression: 'Situatie', typeRef: 'string', values: '"alleenstaand", "gehuwd"' },
      ],
      outputs: [{ typeRef: 'string', values: '"ja", "nee"' }],
      rules: [
        { in: ['<= 1000', '-'], out: ['"ja"'] },
        { in: ['> 1000', '-'], out: ['"misschien"'] },
      ],
    });
    const badInput = model.evaluate('Uitkomst', { Inkomen: 500, Situatie: 'onbekend' });
    expect(badInput.value).toBeNull();
    expect(badInput.messages[0]?.message).toContain('not one of the input values');
    const badOutput = model.evaluate('Uitkomst', { Inkomen: 5000, Situatie: 'gehuwd' });
    expect(badOutput.value).toBeNull();
    expect(badOutput.messages[0]?.location.rules).toEqual([2]);
  });

  it('traces inputs, matched rules and their annotations', async () => {
    const model = await tableModel({
      hitPolicy: 'FIRST',
      annotations: ['Toelichting'],
      rules: [
        { in: ['<= 1000', '-'], out: ['"laag"'], notes: ['Onder de bijstandsnorm'] },
        { in: ['-', '-'], out: ['"overig"'], notes: ['Restregel'] },
      ],
    });
    const { trace } = model.evaluate('Uitkomst', { Inkomen: 900, Situatie: 'alleenstaand' });
    expect(trace.inputs).toEqual({ Inkomen: 900, Situatie: 'alleenstaand' });
    const [decisionTrace] = trace.decisions;
    expect(decisionTrace).toMatchObject({ decision: 'Uitkomst', requires: ['Inkomen', 'Situatie'], result: 'laag' });
    expect(decisionTrace?.tables?.[0]).toMatchObject({
      hitPolicy: 'FIRST',
      inputs: { Inkomen: 900, Situatie: 'alleenstaand' },
      matched: [{ rule: 1, id: 'rule1', annotations: { Toelichting: 'Onder de bijstandsnorm' }, output: 'laag' }],
    });
    expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
  });
});

describe('evaluation results without a trace', () => {
  it('still reports every decision value when the trace is switched off', async () => {
    const model = await tableModel({ hitPolicy: 'FIRST', rules });
    const result = model.evaluate('Uitkomst', { Inkomen: 900, Situatie: 'alleenstaand' }, { trace: false });
    expect(result.value).toBe('laag');
    expect(result.decisions).toEqual({ Uitkomst: 'laag' });
    expect(result.trace.decisions[0]?.tables).toBeUndefined();
  });
});
