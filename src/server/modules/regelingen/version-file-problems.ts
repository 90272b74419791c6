import { DmnError, type DmnModel } from '@eenloket/dmn';
import type { FieldError } from '../../shared/errors.js';
import { fieldErrorsFromIssues } from '../../shared/validation-messages.js';
import { compiledModel } from '../assessment/evaluate-model.js';
import { examplesFile, referencedFiles, type VersionFile } from './regeling-content.schema.js';

// What a functional administrator may upload into a draft version, and the checks a file must
// pass before it replaces the old one: a decision model must load in our engine without errors
// (a model made in another DMN modeler can use FEEL we do not support), an examples file must match
// its schema. Problems are named "content" (or "content.<path in the JSON>") for the upload field.

export const MAX_FILE_CHARS = 1_000_000;
const modelPath = /^decisions\/[\w.-]+\.dmn$/;
const examplesPath = /^examples\/[\w.-]+\.json$/;

/** The files of a version that may be replaced: the models and examples it refers to or already holds. */
export function replaceableFiles(meta: VersionFile, files: Record<string, string>): string[] {
  const paths = new Set([...referencedFiles(meta).map((ref) => ref.file), ...Object.keys(files)]);
  return [...paths].filter((path) => modelPath.test(path) || examplesPath.test(path)).sort();
}

export async function versionFileProblems(meta: VersionFile, path: string, content: string): Promise<FieldError[]> {
  return modelPath.test(path) ? modelProblems(meta, path, content) : examplesProblems(content);
}

const problem = (name: string, code: string, nl: string, en: string): FieldError => ({ name, code, message: { nl, en } });

async function modelProblems(meta: VersionFile, path: string, xml: string): Promise<FieldError[]> {
  let model: DmnModel;
  try {
    model = (await compiledModel(xml)).model;
  } catch (error) {
    if (!(error instanceof DmnError)) throw error;
    const details = error.messages.length ? error.messages.map((m) => m.message) : [error.message];
    return details.map((d) => problem('content', 'regeling.model_invalid', `Het beslismodel kan niet worden gelezen: ${d}`, `The decision model cannot be read: ${d}`));
  }
  // Each message names the decision, the rule and the expression (the engine's location).
  const problems = model.diagnostics
    .filter((m) => m.severity === 'error')
    .map((m) => problem('content', 'regeling.model_invalid', `Fout in het beslismodel: ${m.message}`, `Error in the decision model: ${m.message}`));
  const assessment = meta.assessment;
  if (assessment?.model !== path) return problems;
  // The version's assessment reads these decisions and fills these input data; a renamed one would
  // otherwise only show when an application is assessed.
  const names = (kind: string) => new Set(model.elements().filter((e) => e.kind === kind).map((e) => e.name));
  const decisions = names('decision');
  for (const name of Object.values(assessment.decisions)) {
    if (name && !decisions.has(name)) {
      problems.push(problem('content', 'regeling.model_decision_missing', `Het model heeft geen beslissing "${name}" (version.json, assessment.decisions).`, `The model has no decision "${name}" (version.json, assessment.decisions).`));
    }
  }
  for (const name of names('inputData')) {
    if (!(name in assessment.inputs)) {
      problems.push(problem('content', 'regeling.model_input_unknown', `Het model leest de invoer "${name}", maar version.json (assessment.inputs) zegt niet waar die vandaan komt.`, `The model reads the input "${name}", but version.json (assessment.inputs) does not say where it comes from.`));
    }
  }
  return problems;
}

function examplesProblems(text: string): FieldError[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    return [problem('content', 'regeling.examples_invalid', `Dit is geen geldige JSON: ${detail}`, `This is not valid JSON: ${detail}`)];
  }
  const parsed = examplesFile.safeParse(json);
  if (parsed.success) return [];
  // The field path says where in the file; the message is the platform's plain one in both languages.
  return fieldErrorsFromIssues(parsed.error.issues, 'content').map((e) => {
    const at = e.name.slice('content.'.length);
    return problem(e.name, 'regeling.examples_invalid', at ? `${at}: ${e.message.nl}` : e.message.nl, at ? `${at}: ${e.message.en}` : e.message.en);
  });
}
