import { describe, expect, it } from 'vitest';
import { loadDmn } from '../src/index.js';
import { decision, definitions, idOf, inputData, literal, requiresDecision } from './helpers/dmn-xml.js';

describe('decision services', () => {
  const xml = definitions(
    inputData('Inkomen', 'number') +
      decision('Norm', literal('1000'), { typeRef: 'number' }) +
      `<decision id="${idOf('Ruimte')}" name="Ruimte"><variable name="Ruimte" typeRef="number"/>${requiresDecision('Norm')}<informationRequirement><requiredInput href="#${idOf('Inkomen')}"/></informationRequirement>${literal('Norm * 1.2 - Inkomen')}</decision>` +
      `<decisionService id="${idOf('Toets')}" name="Toets"><variable name="Toets"/><outputDecision href="#${idOf('Ruimte')}"/><inputDecision href="#${idOf('Norm')}"/><inputData href="#${idOf('Inkomen')}"/></decisionService>` +
      decision('Via dienst', literal('Toets(900, 1500)'), { knowledge: ['Toets'] }),
  );

  it('invokes a service directly: input decisions come from the parameters', async () => {
    const model = await loadDmn(xml, { strict: true });
    const result = model.invokeDecisionService('Toets', { Inkomen: 900, Norm: 1500 });
    expect(result.value).toBe(900);
    expect(result.decisions).toEqual({ Ruimte: 900 });
    expect(result.trace.decisions.map((d) => d.decision)).toEqual(['Ruimte', 'Toets']);
  });

  it('invokes a service as a function from FEEL (parameters: input data, then input decisions)', async () => {
    const model = await loadDmn(xml, { strict: true });
    expect(model.evaluate('Via dienst').value).toBe(900);
    expect(model.evaluate('Ruimte', { Inkomen: 900 }).value).toBe(300);
  });
});

describe('imported models', () => {
  it('evaluates a decision that uses a decision of an imported model via its import name', async () => {
    const shared = definitions(inputData('Leeftijd', 'number') + decision('Volwassen', literal('Leeftijd >= 18'), { requires: ['Leeftijd'] }), 'gedeeld', 'https://eenloket.nl/dmn/gedeeld');
    const main = definitions(
      `<import name="gedeeld" namespace="https://eenloket.nl/dmn/gedeeld" importType="https://www.omg.org/spec/DMN/20191111/MODEL/"/>` +
        `<decision id="advies" name="Advies"><variable name="Advies"/><informationRequirement><requiredDecision href="https://eenloket.nl/dmn/gedeeld#${idOf('Volwassen')}"/></informationRequirement>${literal('if gedeeld.Volwassen then "zelf" else "ouder"')}</decision>`,
    );
    const model = await loadDmn(main, { imports: [shared], strict: true });
    expect(model.evaluate('Advies', { Leeftijd: 20 }).value).toBe('zelf');
    expect(model.evaluate('Advies', {}, { inputsByNamespace: { 'https://eenloket.nl/dmn/gedeeld': { Leeftijd: 12 } } }).value).toBe('ouder');
  });

  it('reports an import that was not supplied', async () => {
    const main = definitions(`<import name="x" namespace="urn:missing" importType="https://www.omg.org/spec/DMN/20191111/MODEL/"/>` + decision('A', literal('1')));
    const model = await loadDmn(main);
    expect(model.diagnostics.map((d) => d.code)).toContain('IMPORT_UNRESOLVED');
  });
});
