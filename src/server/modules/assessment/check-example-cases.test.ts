import { describe, expect, it } from 'vitest';
import { withAssessment, writeRegelingFolder } from '../regelingen/content-fixture.test-helper.js';
import { loadRegelingenContent } from '../regelingen/load-regelingen-content.js';
import { checkExampleCases, evaluateExampleCases } from './check-example-cases.js';

// The example cases evaluated straight from their facts (what publishing checks); the integration
// test tests/integration/assessment-examples.test.ts runs the same cases through the whole API.

const versions = [...loadRegelingenContent('regelingen'), ...loadRegelingenContent(writeRegelingFolder(withAssessment()))].flatMap((r) =>
  r.versions
    .filter((v) => v.meta.assessment?.examples)
    .map((version) => ({
      name: `${r.regeling.id} version ${version.meta.version}`,
      meta: version.meta,
      files: r.files,
      units: Object.fromEntries(r.parameters.parameters.map((p) => [p.key, p.unit])),
      periods: r.parameters.parameters.flatMap((p) => p.periods.map((period) => ({ ...period, key: p.key }))),
    })),
);

describe.each(versions)('$name', (version) => {
  it('gives every example case its expected outcome', async () => {
    expect(await checkExampleCases(version)).toEqual([]);
  });
});

describe('a case that does not hold', () => {
  it('is reported with what differs', async () => {
    const fixture = versions.find((v) => v.name === 'proef version 1')!;
    const examples = JSON.parse(fixture.files['examples/beoordeling.json']!) as { cases: { expected: Record<string, unknown> }[] };
    examples.cases[0]!.expected = { eligible: false, route: 'medewerker', amount: 50, reasons: ['leeftijd'] };
    const failures = await checkExampleCases({ ...fixture, files: { ...fixture.files, 'examples/beoordeling.json': JSON.stringify(examples) } });
    expect(failures).toEqual([
      { id: 'toekenning', problems: ['eligible is true, expected false', 'route is automatisch, expected medewerker', 'amount is 100, expected 50', 'reason "leeftijd" missing (reasons: [])'] },
    ]);
  });
});

describe('every case with its outcome', () => {
  it('lists passing cases too, with what was expected and what the model gave', async () => {
    const fixture = versions.find((v) => v.name === 'proef version 1')!;
    const check = await evaluateExampleCases(fixture);
    expect(check.problems).toEqual([]);
    expect(check.cases.length).toBeGreaterThan(1);
    expect(check.cases[0]).toMatchObject({ id: 'toekenning', passed: true, problems: [], actual: { eligible: true, route: 'automatisch', amount: 100, reasons: [] } });
    expect(check.cases[0]!.description.nl).toEqual(expect.any(String));
  });

  it('reports a model that does not load instead of running the cases', async () => {
    const fixture = versions.find((v) => v.name === 'proef version 1')!;
    const model = fixture.meta.assessment!.model;
    const check = await evaluateExampleCases({ ...fixture, files: { ...fixture.files, [model]: '<definitions' } });
    expect(check).toEqual({ problems: [expect.stringContaining('namespace')], cases: [] });
    expect(await checkExampleCases({ ...fixture, files: { ...fixture.files, [model]: '<definitions' } })).toEqual([{ id: '(model)', problems: check.problems }]);
  });
});
