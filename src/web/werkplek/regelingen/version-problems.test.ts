import { describe, expect, it } from 'vitest';
import { parseProblem } from '../../shared/api/problem';
import { documentOf, parseDocuments, problemsOf, summaryOf } from './version-problems';

const same = (text: string) => ({ nl: text, en: text });

describe('version editor problems', () => {
  it('assigns the server names to the four documents', () => {
    expect(documentOf('meta.label.nl')).toEqual({ document: 'meta', field: 'label.nl' });
    expect(documentOf('version./aanvrager/email')).toEqual({ document: 'meta', field: '/aanvrager/email' });
    expect(documentOf('schema')).toEqual({ document: 'schema', field: '' });
    expect(documentOf('en.schema:/properties/x/title')).toEqual({ document: 'en', field: 'schema:/properties/x/title' });
    expect(documentOf('(body)')).toEqual({ document: undefined, field: '' });
  });

  it('lists every problem in the summary, in the order of the page, linked to its text area', () => {
    const problem = parseProblem(400, {
      code: 'regeling.version_invalid',
      detail: 'x',
      invalidParams: [
        { name: 'en.schema:/properties/x/title', reason: 'r', messages: same('Dutch text without an English translation') },
        { name: 'version./a/b', reason: 'r', messages: same('points to a field that is not in form.schema.json') },
        { name: 'en.ui:/a/ui:help', reason: 'r', messages: same('translation for a text that does not exist') },
      ],
    });
    const { errors, fields } = summaryOf(problemsOf(problem));
    expect(Object.keys(fields)).toEqual(['p1', 'p0', 'p2']);
    expect(fields.p0).toEqual({ id: 'versie-en', label: 'regelingen.editor.files.en' });
    expect(errors.fields.p0).toEqual(same('schema:/properties/x/title: Dutch text without an English translation'));
    expect(errors.general).toEqual([]);
  });

  it('refuses text that is not a JSON object', () => {
    const { parsed, problems } = parseDocuments({ meta: '{}', schema: '{ "a": ', ui: '[]', en: '{"schema":{}}' }, (d) => same(`geen JSON (${d})`));
    expect(Object.keys(parsed)).toEqual(['meta', 'en']);
    expect(problems.map((p) => p.document)).toEqual(['schema', 'ui']);
  });
});
