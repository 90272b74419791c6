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
      {
        id: 'toekenning',
        problems: [
          { nl: 'Het model geeft recht, verwacht was geen recht.', en: 'The model gives eligible, expected not eligible.' },
          { nl: 'De route is automatisch, verwacht was medewerker.', en: 'The route is automatisch, expected medewerker.' },
          { nl: 'Het bedrag is €\u00a0100,00, verwacht was €\u00a050,00.', en: 'The amount is €100.00, expected €50.00.' },
          { nl: 'De reden "leeftijd" ontbreekt (redenen: geen).', en: 'The reason "leeftijd" is missing (reasons: none).' },
        ],
      },
    ]);
  });
});

describe('an examples file that slipped past the upload check', () => {
  it('is reported in Dutch and English, naming the file and the field', async () => {
    const fixture = versions.find((v) => v.name === 'proef version 1')!;
    const examples = JSON.parse(fixture.files['examples/beoordeling.json']!) as { cases: { expected: Record<string, unknown> }[] };
    delete examples.cases[0]!.expected.route;
    const check = await evaluateExampleCases({ ...fixture, files: { ...fixture.files, 'examples/beoordeling.json': JSON.stringify(examples) } });
    expect(check).toEqual({ problems: [{ nl: 'examples/beoordeling.json, cases.0.expected.route: Dit veld is verplicht.', en: 'examples/beoordeling.json, cases.0.expected.route: This field is required.' }], cases: [] });
    const notJson = await evaluateExampleCases({ ...fixture, files: { ...fixture.files, 'examples/beoordeling.json': '{' } });
    expect(notJson.problems).toEqual([{ nl: expect.stringMatching(/^examples\/beoordeling.json is geen geldige JSON: /), en: expect.stringMatching(/^examples\/beoordeling.json is not valid JSON: /) }]);
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
    expect(check).toEqual({ problems: [{ nl: expect.stringMatching(/^Het beslismodel kan niet worden gelezen: .*namespace/), en: expect.stringMatching(/^The decision model cannot be read: .*namespace/) }], cases: [] });
    expect(await checkExampleCases({ ...fixture, files: { ...fixture.files, [model]: '<definitions' } })).toEqual([{ id: '(model)', problems: check.problems }]);
  });
});
