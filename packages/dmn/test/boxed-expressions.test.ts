import { describe, expect, it } from 'vitest';
import { loadDmn } from '../src/index.js';
import { decision, definitions, idOf, inputData, literal, requiresDecision, table } from './helpers/dmn-xml.js';

const bkm = (name: string, params: [string, string][], body: string): string =>
  `<businessKnowledgeModel id="${idOf(name)}" name="${name}"><variable name="${name}"/><encapsulatedLogic>${params
    .map(([p, t]) => `<formalParameter name="${p}" typeRef="${t}"/>`)
    .join('')}${body}</encapsulatedLogic></businessKnowledgeModel>`;

describe('business knowledge models and invocations', () => {
  const xml = definitions(
    inputData('Inkomen', 'number') +
      inputData('Norm', 'number') +
      bkm(
        'Percentage',
        [
          ['inkomen', 'number'],
          ['norm', 'number'],
        ],
        literal('inkomen / norm * 100'),
      ) +
      bkm(
        'Klasse',
        [['percentage', 'number']],
        table({ hitPolicy: 'FIRST', inputs: [{ expression: 'percentage' }], outputs: [{ typeRef: 'string' }], rules: [{ in: ['<= 100'], out: ['"onder norm"'] }, { in: ['-'], out: ['"boven norm"'] }] }),
      ) +
      decision(
        'Via invocatie',
        `<invocation><literalExpression><text>Percentage</text></literalExpression><binding><parameter name="inkomen"/>${literal('Inkomen')}</binding><binding><parameter name="norm"/>${literal('Norm')}</binding></invocation>`,
        { requires: ['Inkomen', 'Norm'], knowledge: ['Percentage'] },
      ) +
      decision('Via FEEL', literal('Klasse(Percentage(Inkomen, Norm))'), { requires: ['Inkomen', 'Norm'], knowledge: ['Percentage', 'Klasse'] }) +
      decision('Verkeerd type', literal('Percentage("negenhonderd", Norm)'), { requires: ['Norm'], knowledge: ['Percentage'] }),
  );

  it('invokes a BKM from a boxed invocation and from FEEL, with the BKM table in the trace', async () => {
    const model = await loadDmn(xml, { strict: true });
    expect(model.evaluate('Via invocatie', { Inkomen: 1100, Norm: 1000 }).value).toBe(110);
    const result = model.evaluate('Via FEEL', { Inkomen: 900, Norm: 1000 });
    expect(result.value).toBe('onder norm');
    expect(result.trace.decisions[0]?.invoked).toEqual(['Percentage', 'Klasse']);
    expect(result.trace.decisions[0]?.tables?.[0]?.matched[0]?.rule).toBe(1);
  });

  it('returns null with an error when an argument does not match the parameter type', async () => {
    const model = await loadDmn(xml);
    const result = model.evaluate('Verkeerd type', { Norm: 1000 });
    expect(result.value).toBeNull();
    expect(result.messages.find((m) => m.code === 'TYPE_MISMATCH')?.location.element).toBe('Percentage');
  });
});

describe('contexts, lists, relations and function definitions', () => {
  it('evaluates a boxed context whose entries see earlier entries, with a final result entry', async () => {
    const context = `<context>
      <contextEntry><variable name="Bruto"/>${literal('Uren * Tarief')}</contextEntry>
      <contextEntry><variable name="Korting"/>${literal('if Bruto > 1000 then 0.1 else 0')}</contextEntry>
      <contextEntry>${literal('Bruto * (1 - Korting)')}</contextEntry>
    </context>`;
    const model = await loadDmn(
      definitions(inputData('Uren', 'number') + inputData('Tarief', 'number') + decision('Bedrag', context, { requires: ['Uren', 'Tarief'] })),
      { strict: true },
    );
    expect(model.evaluate('Bedrag', { Uren: 40, Tarief: 30.5 }).value).toBe(1098);
  });

  it('evaluates boxed lists, relations and a boxed function definition', async () => {
    const list = `<list>${literal('1 + 1')}${literal('"twee"')}</list>`;
    const relation = `<relation><column name="gemeente"/><column name="norm"/>
      <row>${literal('"GM0363"')}${literal('120')}</row><row>${literal('"GM0599"')}${literal('115')}</row></relation>`;
    const fn = `<context><contextEntry><variable name="verdubbel"/><functionDefinition><formalParameter name="x" typeRef="number"/>${literal('x * 2')}</functionDefinition></contextEntry><contextEntry>${literal('verdubbel(21)')}</contextEntry></context>`;
    const model = await loadDmn(definitions(decision('Lijst', list) + decision('Normen', relation) + decision('Functie', fn)), { strict: true });
    expect(model.evaluate('Lijst').value).toEqual([2, 'twee']);
    expect(model.evaluate('Normen').value).toEqual([
      { gemeente: 'GM0363', norm: 120 },
      { gemeente: 'GM0599', norm: 115 },
    ]);
    expect(model.evaluate('Functie').value).toBe(42);
  });

  it('uses decisions that require other decisions, each evaluated once', async () => {
    const model = await loadDmn(
      definitions(
        inputData('Leeftijd', 'number') +
          decision('Volwassen', literal('Leeftijd >= 18'), { requires: ['Leeftijd'], typeRef: 'boolean' }) +
          `<decision id="${idOf('Advies')}" name="Advies"><variable name="Advies"/>${requiresDecision('Volwassen')}${literal('if Volwassen then "aanvragen" else "via ouders"')}</decision>`,
      ),
      { strict: true },
    );
    const result = model.evaluate('Advies', { Leeftijd: 17 });
    expect(result.value).toBe('via ouders');
    expect(result.decisions).toEqual({ Volwassen: false, Advies: 'via ouders' });
  });
});

describe('DMN 1.5 boxed conditional, filter and iterators', () => {
  const dmn15 = (body: string): string =>
    definitions(body).replace('https://www.omg.org/spec/DMN/20191111/MODEL/', 'https://www.omg.org/spec/DMN/20230324/MODEL/');
  const child = (text: string): string => literal(text);

  it('reads a DMN 1.5 file and evaluates conditional, filter, for, some and every', async () => {
    const model = await loadDmn(
      dmn15(
        decision('Conditie', `<conditional><if>${child('1 < 2')}</if><then>${child('"ja"')}</then><else>${child('"nee"')}</else></conditional>`) +
          decision('Filter', `<filter><in>${child('[{n: 1}, {n: 5}, {n: 9}]')}</in><match>${child('n > 3')}</match></filter>`) +
          decision('Voor', `<for iteratorVariable="x"><in>${child('[1, 2, 3]')}</in><return>${child('x * x')}</return></for>`) +
          decision('Sommige', `<some iteratorVariable="x"><in>${child('[1, 2, 3]')}</in><satisfies>${child('x > 2')}</satisfies></some>`) +
          decision('Alle', `<every iteratorVariable="x"><in>${child('[1, 2, 3]')}</in><satisfies>${child('x > 2')}</satisfies></every>`),
      ),
      { strict: true },
    );
    expect(model.evaluate('Conditie').value).toBe('ja');
    expect(model.evaluate('Filter').value).toEqual([{ n: 5 }, { n: 9 }]);
    expect(model.evaluate('Voor').value).toEqual([1, 4, 9]);
    expect(model.evaluate('Sommige').value).toBe(true);
    expect(model.evaluate('Alle').value).toBe(false);
  });
});

describe('item definitions and typeRef checks', () => {
  const types = `
    <itemDefinition name="tAanvrager">
      <itemComponent name="naam"><typeRef>string</typeRef></itemComponent>
      <itemComponent name="leeftijd"><typeRef>number</typeRef></itemComponent>
    </itemDefinition>
    <itemDefinition name="tLeefsituatie"><typeRef>string</typeRef><allowedValues><text>"alleenstaand", "samenwonend"</text></allowedValues></itemDefinition>
    <itemDefinition name="tBedragen" isCollection="true"><typeRef>number</typeRef></itemDefinition>`;

  it('accepts conforming structured inputs and rejects missing components, wrong types and disallowed values', async () => {
    const model = await loadDmn(
      definitions(
        types +
          inputData('Aanvrager', 'tAanvrager') +
          inputData('Situatie', 'tLeefsituatie') +
          inputData('Bedragen', 'tBedragen') +
          decision('Samenvatting', literal('Aanvrager.naam + " (" + string(Aanvrager.leeftijd) + "), " + Situatie + ", totaal " + string(sum(Bedragen))'), {
            requires: ['Aanvrager', 'Situatie', 'Bedragen'],
          }),
      ),
      { strict: true },
    );
    const ok = model.evaluate('Samenvatting', { Aanvrager: { naam: 'Fatima', leeftijd: 34 }, Situatie: 'alleenstaand', Bedragen: [10.1, 20.2] });
    expect(ok.value).toBe('Fatima (34), alleenstaand, totaal 30.3');
    expect(ok.ok).toBe(true);
    const missing = model.evaluate('Samenvatting', { Aanvrager: { naam: 'Fatima' }, Situatie: 'gehuwd', Bedragen: 10 });
    expect(missing.value).toBeNull();
    const codes = missing.messages.filter((m) => m.code === 'TYPE_MISMATCH').map((m) => m.location.element);
    expect(codes).toEqual(expect.arrayContaining(['Aanvrager', 'Situatie']));
    // a single number where a collection is expected becomes a one-element list (DMN type conversion)
    expect(missing.trace.inputs.Bedragen).toEqual([10]);
  });
});
