import { createAjv } from './form-validator.js';
import { checkVersionContent, type ContentProblem } from './load-regelingen-content.js';
import { invalid, type FieldError } from '../../shared/errors.js';
import type { VersionContent } from './regeling-content.schema.js';
import type { VersionRow } from './regelingen.repository.js';

const ajv = createAjv();

/** Problems of a version's content, as field errors named "<document>.<field>" for the editor. */
export function versionProblems(content: VersionContent, all: VersionRow[], files: Record<string, string>): FieldError[] {
  const problems = checkVersionContent({ content, ajv, versions: all.map((v) => v.version), files: Object.keys(files) });
  return problems.map(toFieldError);
}

export function throwIfProblems(problems: FieldError[]): void {
  if (problems.length) throw invalid(problems, 'regeling.version_invalid');
}

function toFieldError(problem: ContentProblem): FieldError {
  const document = problem.file.replace(/\.json$/, '').replace(/^form\./, '');
  return {
    name: problem.field ? `${document}.${problem.field}` : document,
    code: 'regeling.content',
    // Content problems are technical and meant for the administrator; the same text in both languages.
    message: { nl: problem.message, en: problem.message },
  };
}
