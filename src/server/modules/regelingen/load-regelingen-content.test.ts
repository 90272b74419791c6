import { describe, expect, it } from 'vitest';
import { minimalVersion, writeRegelingFolder } from './content-fixture.test-helper.js';
import { ContentError, loadRegelingenContent } from './load-regelingen-content.js';

function problemsOf(root: string) {
  try {
    loadRegelingenContent(root);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('loading regelingen content', () => {
  it('loads a valid folder', () => {
    const [regeling] = loadRegelingenContent(writeRegelingFolder());
    expect(regeling!.regeling.id).toBe('proef');
    expect(regeling!.versions.map((v) => v.meta.version)).toEqual([1]);
    expect(regeling!.parameters.parameters[0]!.periods[0]!.value).toBe(100);
  });

  it('names the file and the field of a zod error', () => {
    const problems = problemsOf(writeRegelingFolder({ parameters: { parameters: [{ key: 'bedrag', label: { nl: 'x', en: 'x' }, unit: 'EUR', periods: [{ validFrom: '2025-13-01', value: 1, source: 'bron', confirmed: true }] }] } }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'proef/parameters.json', field: 'parameters.0.periods.0.validFrom' }));
  });

  it('reports broken JSON with the file name', () => {
    const problems = problemsOf(writeRegelingFolder({ regeling: '{ "id": "proef", ' }));
    expect(problems).toEqual([expect.objectContaining({ file: 'proef/regeling.json', message: expect.stringMatching(/not valid JSON/) })]);
  });

  it('refuses a folder whose id differs from its name', () => {
    const problems = problemsOf(writeRegelingFolder({ regeling: { ...JSON.parse(JSON.stringify(minimalVersion)), id: 'anders' } }));
    expect(problems.some((p) => p.file === 'proef/regeling.json')).toBe(true);
  });

  it('reports a Dutch text without translation and a translation without text', () => {
    const en = { schema: { ...minimalVersion.en.schema, '/properties/bestaatniet/title': 'Nothing' }, ui: {} };
    const problems = problemsOf(writeRegelingFolder({ version: { en } }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'proef/versions/1/form.en.json', field: 'ui:/aanvrager/email/ui:help', message: expect.stringMatching(/without an English/) }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'schema:/properties/bestaatniet/title', message: expect.stringMatching(/does not exist/) }));
  });

  it('reports a page without a schema property, an unknown prefill source and a bad prefill pointer', () => {
    const meta = { ...minimalVersion.meta, pages: [...minimalVersion.meta.pages, { id: 'extra', title: { nl: 'Extra', en: 'Extra' } }] };
    expect(problemsOf(writeRegelingFolder({ version: { meta } }))).toContainEqual(expect.objectContaining({ file: 'proef/versions/1/form.schema.json', message: expect.stringMatching(/no property for page\(s\) extra/) }));
    const badSource = { ...minimalVersion.meta, prefill: { '/aanvrager/naam': 'person.shoeSize' } };
    expect(problemsOf(writeRegelingFolder({ version: { meta: badSource } }))).toContainEqual(expect.objectContaining({ file: 'proef/versions/1/version.json', field: expect.stringContaining('prefill') }));
    const badPointer = { ...minimalVersion.meta, prefill: { '/aanvrager/bestaatniet': 'person.fullName' } };
    expect(problemsOf(writeRegelingFolder({ version: { meta: badPointer } }))).toContainEqual(expect.objectContaining({ field: '/aanvrager/bestaatniet' }));
  });

  it('reports a schema that is not valid JSON Schema', () => {
    const schema = { ...minimalVersion.schema, properties: { ...minimalVersion.schema.properties, aanvrager: { type: 'objekt' } } };
    expect(problemsOf(writeRegelingFolder({ version: { schema } }))).toContainEqual(expect.objectContaining({ file: 'proef/versions/1/form.schema.json' }));
  });
});
