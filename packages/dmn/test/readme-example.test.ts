import { describe, expect, it } from 'vitest';
import { eligibilityDmn } from '../bench/eligibility-dmn.js';
import { eligibilityRules } from '../bench/eligibility-rules.js';
import { loadDmn } from '../src/index.js';

describe('the README example (the benchmark eligibility table)', () => {
  it('gives the documented result and trace', async () => {
    const model = await loadDmn(eligibilityDmn(eligibilityRules()), { strict: true });
    const result = model.evaluate('Regeling', { Leeftijd: 34, Leefsituatie: 'alleenstaand', Inkomen: 104, KvK: false, Uren: 20, Gemeente: 'GM0363' });
    expect(result.value).toEqual({ regeling: 'meedoenregeling', bedrag: 150 });
    expect(result.ok).toBe(true);
    expect(result.messages).toEqual([]);
    const table = result.trace.decisions[0]?.tables?.[0];
    expect(table?.matched).toEqual([
      { rule: 2, id: 'r2', annotations: { Toelichting: expect.stringContaining('Inkomen tot 120%') }, output: { regeling: 'meedoenregeling', bedrag: 150 } },
    ]);
  });
});
