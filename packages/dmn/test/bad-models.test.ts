import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DmnError, loadDmn, type DmnMessage } from '../src/index.js';
import { decision, definitions, inputData, literal, table } from './helpers/dmn-xml.js';

async function loadError(xml: string, strict = false): Promise<DmnError> {
  try {
    await loadDmn(xml, { strict });
  } catch (error) {
    expect(error).toBeInstanceOf(DmnError);
    return error as DmnError;
  }
  throw new Error('expected loadDmn to reject');
}

const find = (messages: readonly DmnMessage[], code: string): DmnMessage | undefined => messages.find((m) => m.code === code);

describe('bad models give typed errors that say where', () => {
  it('rejects malformed XML with XML_INVALID and the parser position', async () => {
    const error = await loadError('<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"><decision name="x"></definitions>');
    expect(error.code).toBe('XML_INVALID');
    expect(error.message).toMatch(/line|column|closing|unclosed|unexpected/i);
  });

  it('rejects documents that are not DMN', async () => {
    expect((await loadError('<html><body/></html>')).code).toBe('NAMESPACE_UNSUPPORTED');
    expect((await loadError('')).code).toBe('XML_INVALID');
  });

  it('reports a FEEL syntax error with decision, rule and expression, and evaluates that cell as an error', async () => {
    const xml = definitions(
      inputData('Leeftijd', 'number') +
        decision(
          'Doelgroep',
          table({
            inputs: [{ expression: 'Leeftijd', typeRef: 'number' }],
            outputs: [{ typeRef: 'string' }],
            rules: [
              { in: ['< 18'], out: ['"jeugd"'] },
              { in: ['>= 18 +'], out: ['"volwassen"'] },
            ],
          }),
          { requires: ['Leeftijd'] },
        ),
    );
    const model = await loadDmn(xml);
    const syntax = find(model.diagnostics, 'FEEL_SYNTAX');
    expect(syntax).toMatchObject({ severity: 'error', location: { element: 'Doelgroep', rules: [2], expression: '>= 18 +' } });
    expect(syntax?.message).toContain('"Doelgroep"');
    expect(syntax?.message).toContain('rule 2');

    const result = model.evaluate('Doelgroep', { Leeftijd: 40 });
    expect(result.value).toBeNull();
    expect(result.ok).toBe(false);
    expect(find(result.messages, 'FEEL_SYNTAX')?.location.rules).toEqual([2]);

    const strict = await loadError(xml, true);
    expect(strict.code).toBe('FEEL_SYNTAX');
    expect(strict.messages.length).toBeGreaterThan(0);
  });

  it('reports an unknown variable at load and at evaluation, naming the decision and expression', async () => {
    const model = await loadDmn(
      definitions(inputData('Inkomen', 'number') + decision('Toeslag', literal('Inkomn * 0.1'), { requires: ['Inkomen'] })),
    );
    expect(find(model.diagnostics, 'VARIABLE_UNKNOWN')).toMatchObject({
      severity: 'warning',
      location: { element: 'Toeslag', expression: 'Inkomn * 0.1' },
    });
    const result = model.evaluate('Toeslag', { Inkomen: 1000 });
    expect(result.value).toBeNull();
    expect(find(result.messages, 'VARIABLE_UNKNOWN')?.message).toContain('Inkomn');
  });

  it('flags a literal of the wrong type in a table cell at load (rule and expression named)', async () => {
    const model = await loadDmn(
      definitions(
        inputData('Leeftijd', 'number') +
          decision(
            'Doelgroep',
            table({
              inputs: [{ expression: 'Leeftijd', typeRef: 'number' }],
              outputs: [{ typeRef: 'string' }],
              rules: [
                { in: ['< 18'], out: ['"jeugd"'] },
                { in: ['"18"'], out: ['"volwassen"'] },
              ],
            }),
            { requires: ['Leeftijd'] },
          ),
      ),
    );
    expect(find(model.diagnostics, 'TYPE_MISMATCH')).toMatchObject({ location: { element: 'Doelgroep', rules: [2], expression: '"18"' } });
  });

  it('turns a value that does not match its typeRef into null with a TYPE_MISMATCH error', async () => {
    const model = await loadDmn(
      definitions(inputData('Leeftijd', 'number') + decision('Volwassen', literal('Leeftijd >= 18'), { requires: ['Leeftijd'] }) + decision('Label', literal('42'), { typeRef: 'string' })),
    );
    const input = model.evaluate('Volwassen', { Leeftijd: 'achttien' });
    expect(input.value).toBeNull();
    expect(find(input.messages, 'TYPE_MISMATCH')).toMatchObject({ severity: 'error', location: { element: 'Leeftijd' } });
    const output = model.evaluate('Label');
    expect(output.value).toBeNull();
    expect(find(output.messages, 'TYPE_MISMATCH')?.location.element).toBe('Label');
  });

  it('gives null and a HIT_POLICY_VIOLATION naming both rules when a UNIQUE table has two matches', async () => {
    const model = await loadDmn(
      definitions(
        inputData('Inkomen', 'number') +
          decision(
            'Regeling',
            table({
              hitPolicy: 'UNIQUE',
              inputs: [{ expression: 'Inkomen', typeRef: 'number' }],
              outputs: [{ typeRef: 'string' }],
              rules: [
                { in: ['<= 1500'], out: ['"volledig"'] },
                { in: ['[1000..2000]'], out: ['"gedeeltelijk"'] },
              ],
            }),
            { requires: ['Inkomen'] },
          ),
      ),
    );
    const clash = model.evaluate('Regeling', { Inkomen: 1200 });
    expect(clash.value).toBeNull();
    expect(clash.ok).toBe(false);
    const violation = find(clash.messages, 'HIT_POLICY_VIOLATION');
    expect(violation?.location).toMatchObject({ element: 'Regeling', rules: [1, 2] });
    expect(violation?.message).toContain('rules 1, 2');
    expect(model.evaluate('Regeling', { Inkomen: 1800 }).value).toBe('gedeeltelijk');
  });

  it('throws DmnError ELEMENT_UNKNOWN for a decision name that does not exist', async () => {
    const model = await loadDmn(definitions(decision('A', literal('1'))));
    expect(() => model.evaluate('B')).toThrow(DmnError);
  });

  it('never crashes on arbitrary or mangled input: it resolves or rejects with DmnError', async () => {
    const valid = definitions(inputData('x', 'number') + decision('d', literal('x + 1'), { requires: ['x'] }));
    await fc.assert(
      fc.asyncProperty(fc.nat(valid.length), fc.nat(valid.length), fc.string(), async (from, to, insert) => {
        const mangled = valid.slice(0, Math.min(from, to)) + insert + valid.slice(Math.max(from, to));
        try {
          const model = await loadDmn(mangled);
          for (const element of model.elements()) {
            if (element.kind === 'decision') model.evaluate(element.name, { x: insert });
          }
        } catch (error) {
          expect(error).toBeInstanceOf(DmnError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
