import { DmnError } from '@eenloket/dmn';
import { examplesFile, type ExampleCase, type VersionFile } from '../regelingen/regeling-content.schema.js';
import type { LocalizedText } from '../../shared/localized.js';
import { buildInputs, parametersFrom, type PeriodLike } from './assessment-inputs.js';
import type { Facts } from './assessment-facts.js';
import { compiledModel, evaluateModel } from './evaluate-model.js';
import { isStraightThrough } from './straight-through.js';

export interface ExampleFailure {
  id: string;
  problems: string[];
}

export interface ExampleOutcome {
  eligible: boolean | null;
  route: string | null;
  amount: number | null;
  reasons: string[];
}

/** One example case as the administrator tests it: what was expected, what the model gave. */
export interface ExampleResult {
  id: string;
  description: LocalizedText;
  expected: ExampleCase['expected'];
  actual: ExampleOutcome;
  passed: boolean;
  problems: string[];
}

export interface ExampleCheck {
  /** Problems that stop every case from running (the model does not load, the examples file is not valid). */
  problems: string[];
  cases: ExampleResult[];
}

type CheckOptions = { meta: VersionFile; files: Record<string, string>; units: Record<string, string>; periods: readonly PeriodLike[] };

/**
 * Evaluates a version's example cases (assessment.examples) straight from their facts and answers,
 * with the parameter periods on each case's reference date, and says which cases give another
 * outcome than expected. What publishing checks and `npm run regelingen:check` reports; the
 * integration test runs the same cases through the whole API.
 */
export async function checkExampleCases(options: CheckOptions): Promise<ExampleFailure[]> {
  const check = await evaluateExampleCases(options);
  if (check.problems.length) return [{ id: '(model)', problems: check.problems }];
  return check.cases.filter((c) => !c.passed).map((c) => ({ id: c.id, problems: c.problems }));
}

/**
 * Every example case with its expected and actual outcome, passing ones included: what the
 * functional administrator sees when testing a changed model before publishing.
 */
export async function evaluateExampleCases(options: CheckOptions): Promise<ExampleCheck> {
  const definition = options.meta.assessment;
  const text = definition?.examples ? options.files[definition.examples] : undefined;
  if (!definition || text === undefined) return { problems: [], cases: [] };
  const xml = options.files[definition.model];
  if (xml === undefined) return { problems: [`${definition.model} is missing`], cases: [] };
  let model;
  try {
    model = (await compiledModel(xml)).model;
  } catch (error) {
    if (error instanceof DmnError) return { problems: [error.message], cases: [] };
    throw error;
  }
  // A file saved through the Werkplek was checked on upload; one that slipped through is reported, not a 500.
  let parsed;
  try {
    parsed = examplesFile.safeParse(JSON.parse(text));
  } catch (error) {
    return { problems: [`${definition.examples}: not valid JSON: ${(error as Error).message}`], cases: [] };
  }
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${definition.examples}: ${i.path.join('.')}: ${i.message}`), cases: [] };
  const cases: ExampleResult[] = [];
  for (const example of parsed.data.cases) {
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
    const actual = { eligible: outcome.eligible, route: outcome.route, amount: outcome.amount, reasons: outcome.reasons };
    cases.push({ id: example.id, description: example.description, expected: example.expected, actual, passed: problems.length === 0, problems });
  }
  return { problems: [], cases };
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
