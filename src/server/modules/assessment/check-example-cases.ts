import { DmnError } from '@eenloket/dmn';
import { examplesFile, type ExampleCase, type VersionFile } from '../regelingen/regeling-content.schema.js';
import { buildInputs, parametersFrom, type PeriodLike } from './assessment-inputs.js';
import type { Facts } from './assessment-facts.js';
import { compiledModel, evaluateModel } from './evaluate-model.js';
import { isStraightThrough } from './straight-through.js';

export interface ExampleFailure {
  id: string;
  problems: string[];
}

/**
 * Evaluates a version's example cases (assessment.examples) straight from their facts and answers,
 * with the parameter periods on each case's reference date, and says which cases give another
 * outcome than expected. What publishing checks and `npm run regelingen:check` reports; the
 * integration test runs the same cases through the whole API.
 */
export async function checkExampleCases(options: { meta: VersionFile; files: Record<string, string>; units: Record<string, string>; periods: readonly PeriodLike[] }): Promise<ExampleFailure[]> {
  const definition = options.meta.assessment;
  const text = definition?.examples ? options.files[definition.examples] : undefined;
  if (!definition || text === undefined) return [];
  const xml = options.files[definition.model];
  if (xml === undefined) return [{ id: '(model)', problems: [`${definition.model} is missing`] }];
  let model;
  try {
    model = (await compiledModel(xml)).model;
  } catch (error) {
    if (error instanceof DmnError) return [{ id: '(model)', problems: [error.message] }];
    throw error;
  }
  const { cases } = examplesFile.parse(JSON.parse(text));
  const failures: ExampleFailure[] = [];
  for (const example of cases) {
    const facts: Facts = { 'application.channel': 'digitaal', ...example.facts, 'application.referenceDate': example.referenceDate };
    const { parameters, messages } = parametersFrom(definition, options, example.referenceDate);
    const inputs = buildInputs(definition, { data: example.answers, facts, parameters });
    const outcome = evaluateModel(model, definition, inputs.values);
    // A case says what the registries say about every fact the model reads; a missing one would be a silent null.
    const missing = Object.values(definition.inputs).flatMap((input) => (input.source === 'fact' && facts[input.fact] === undefined ? [`fact ${input.fact} is not given`] : []));
    const problems = [...missing, ...compare(example, outcome, [...messages, ...outcome.messages])];
    // A case expected to be granted automatically must also pass the platform's own straight-through rule.
    if (!problems.length && example.expected.route === 'automatisch' && example.expected.eligible && !isStraightThrough(outcome, definition, [...messages, ...outcome.messages])) {
      problems.push('expected an automatic grant, but the straight-through rule does not allow one (an error, or no positive amount)');
    }
    if (problems.length) failures.push({ id: example.id, problems });
  }
  return failures;
}

function compare(example: ExampleCase, outcome: ReturnType<typeof evaluateModel>, messages: { severity: string; message: string }[]): string[] {
  const { expected } = example;
  const problems = messages.filter((m) => m.severity === 'error').map((m) => `error: ${m.message}`);
  if (outcome.eligible !== expected.eligible) problems.push(`eligible is ${String(outcome.eligible)}, expected ${String(expected.eligible)}`);
  if (outcome.route !== expected.route) problems.push(`route is ${String(outcome.route)}, expected ${expected.route}`);
  if (expected.amount !== undefined && (outcome.amount === null || Math.abs(outcome.amount - expected.amount) >= 0.005)) problems.push(`amount is ${String(outcome.amount)}, expected ${expected.amount}`);
  for (const reason of expected.reasons) {
    if (!outcome.reasons.some((r) => r.includes(reason))) problems.push(`reason "${reason}" missing (reasons: ${JSON.stringify(outcome.reasons)})`);
  }
  return problems;
}
