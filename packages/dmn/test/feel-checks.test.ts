import { describe, expect, it } from 'vitest';
import { loadDmn } from '../src/index.js';
import { decision, definitions, literal } from './helpers/dmn-xml.js';

describe('FEEL checks the engine adds on top of feelin', () => {
  it('rejects a context literal with a duplicate key at load and evaluates it to null', async () => {
    const model = await loadDmn(definitions(decision('Dubbel', literal('{bedrag: 1, bedrag: 2}'))));
    expect(model.diagnostics[0]).toMatchObject({ code: 'FEEL_SYNTAX', location: { element: 'Dubbel' } });
    expect(model.diagnostics[0]?.message).toContain('"bedrag" is defined twice');
    expect(model.evaluate('Dubbel').value).toBeNull();
  });

  it('gives null for time offsets beyond ±18:00 and for an offset combined with a zone id', async () => {
    const model = await loadDmn(
      definitions(
        decision('Te ver', literal('time("13:20:00+19:00")')) +
          decision('Beide', literal('date and time("2017-12-31T13:20:00+02:00@Europe/Paris")')) +
          decision('Goed', literal('string(time("13:20:00+01:00"))')),
      ),
    );
    expect(model.evaluate('Te ver').value).toBeNull();
    expect(model.evaluate('Te ver').messages[0]?.message).toContain('out of range');
    expect(model.evaluate('Beide').value).toBeNull();
    expect(model.evaluate('Goed').value).toBe('13:20:00+01:00');
  });

  it('provides the DMN 1.5 range() function and the range relations feelin lacks', async () => {
    const model = await loadDmn(
      definitions(
        decision('Bereik', literal('2 in range("[1..3]")')) +
          decision('Tijdens', literal('during(5, [1..10])')) +
          decision('Vervang', literal('list replace([1, 2, 3], -1, 4)')),
      ),
    );
    expect(model.evaluate('Bereik').value).toBe(true);
    expect(model.evaluate('Tijdens').value).toBe(true);
    expect(model.evaluate('Vervang').value).toEqual([1, 2, 4]);
  });
});
