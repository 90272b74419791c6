import { DmnError } from '@eenloket/dmn';
import { examplesFile, type ExampleCase, type VersionFile } from '../regelingen/regeling-content.schema.js';
import { text, type LocalizedText } from '../../shared/localized.js';
import { fieldErrorsFromIssues } from '../../shared/validation-messages.js';
import { buildInputs, parametersFrom, type PeriodLike } from './assessment-inputs.js';
import type { Facts } from './assessment-facts.js';
import { compiledModel, evaluateModel } from './evaluate-model.js';
import { euros } from './explanation.js';
import { isStraightThrough } from './straight-through.js';

// Problems are for the functional administrator in the Werkplek (and in publishing's refusal), so
// each has a Dutch and an English text; the engine's own detail (an expression, a rule) is quoted as is.

export interface ExampleFailure {
  id: string;
  problems: LocalizedText[];
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
  problems: LocalizedText[];
}

export interface ExampleCheck {
  /** Problems that stop every case from running (the model does not load, the examples file is not valid). */
  problems: LocalizedText[];
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
  const examplesText = definition?.examples ? options.files[definition.examples] : undefined;
  if (!definition || examplesText === undefined) return { problems: [], cases: [] };
  const xml = options.files[definition.model];
  if (xml === undefined) return { problems: [text(`Het beslismodel ${definition.model} ontbreekt.`, `The decision model ${definition.model} is missing.`)], cases: [] };
  let model;
  try {
    model = (await compiledModel(xml)).model;
  } catch (error) {
    if (error instanceof DmnError) return { problems: [text(`Het beslismodel kan niet worden gelezen: ${error.message}`, `The decision model cannot be read: ${error.message}`)], cases: [] };
    throw error;
  }
  // A file saved through the Werkplek was checked on upload; one that slipped through is reported, not a 500.
  let parsed;
  try {
    parsed = examplesFile.safeParse(JSON.parse(examplesText));
  } catch (error) {
    const detail = (error as Error).message;
    return { problems: [text(`${definition.examples} is geen geldige JSON: ${detail}`, `${definition.examples} is not valid JSON: ${detail}`)], cases: [] };
  }
  if (!parsed.success) {
    const problems = fieldErrorsFromIssues(parsed.error.issues).map((e) => {
      const at = e.name === '(body)' ? definition.examples : `${definition.examples}, ${e.name}`;
      return text(`${at}: ${e.message.nl}`, `${at}: ${e.message.en}`);
    });
    return { problems, cases: [] };
  }
  const cases: ExampleResult[] = [];
  for (const example of parsed.data.cases) {
    const facts: Facts = { 'application.channel': 'digitaal', ...example.facts, 'application.referenceDate': example.referenceDate };
    const { parameters, messages } = parametersFrom(definition, options, example.referenceDate);
    const inputs = buildInputs(definition, { data: example.answers, facts, parameters });
    const outcome = evaluateModel(model, definition, inputs.values);
    // A case says what the registries say about every fact the model reads; a missing one would be a silent null.
    const missing = Object.values(definition.inputs).flatMap((input) =>
      input.source === 'fact' && facts[input.fact] === undefined ? [text(`Het voorbeeld geeft het gegeven ${input.fact} niet.`, `The example does not give the fact ${input.fact}.`)] : [],
    );
    const problems = [...missing, ...compare(example, outcome, [...messages, ...outcome.messages])];
    // A case expected to be granted automatically must also pass the platform's own straight-through rule.
    if (!problems.length && example.expected.route === 'automatisch' && example.expected.eligible && !isStraightThrough(outcome, definition, [...messages, ...outcome.messages])) {
      problems.push(
        text(
          'Verwacht was een automatische toekenning, maar de regel voor automatisch toekennen staat die niet toe (er is een fout, of het bedrag is niet hoger dan nul).',
          'An automatic grant was expected, but the straight-through rule does not allow one (there is an error, or the amount is not above zero).',
        ),
      );
    }
    const actual = { eligible: outcome.eligible, route: outcome.route, amount: outcome.amount, reasons: outcome.reasons };
    cases.push({ id: example.id, description: example.description, expected: example.expected, actual, passed: problems.length === 0, problems });
  }
  return { problems: [], cases };
}

function compare(example: ExampleCase, outcome: ReturnType<typeof evaluateModel>, messages: { severity: string; message: string }[]): LocalizedText[] {
  const { expected } = example;
  const problems = messages.filter((m) => m.severity === 'error').map((m) => text(`Fout bij het uitrekenen: ${m.message}`, `Error while evaluating: ${m.message}`));
  if (outcome.eligible !== expected.eligible) {
    const [actual, wanted] = [eligibility(outcome.eligible), eligibility(expected.eligible)];
    problems.push(text(`Het model geeft ${actual.nl}, verwacht was ${wanted.nl}.`, `The model gives ${actual.en}, expected ${wanted.en}.`));
  }
  if (outcome.route !== expected.route) {
    problems.push(text(`De route is ${outcome.route ?? 'leeg'}, verwacht was ${expected.route}.`, `The route is ${outcome.route ?? 'empty'}, expected ${expected.route}.`));
  }
  if (expected.amount !== undefined && (outcome.amount === null || Math.abs(outcome.amount - expected.amount) >= 0.005)) {
    const [actual, wanted] = [outcome.amount === null ? text('leeg', 'empty') : euros(outcome.amount), euros(expected.amount)];
    problems.push(text(`Het bedrag is ${actual.nl}, verwacht was ${wanted.nl}.`, `The amount is ${actual.en}, expected ${wanted.en}.`));
  }
  for (const reason of expected.reasons) {
    if (outcome.reasons.some((r) => r.includes(reason))) continue;
    const given = outcome.reasons.length ? outcome.reasons.map((r) => `"${r}"`).join(', ') : undefined;
    problems.push(text(`De reden "${reason}" ontbreekt (redenen: ${given ?? 'geen'}).`, `The reason "${reason}" is missing (reasons: ${given ?? 'none'}).`));
  }
  return problems;
}

function eligibility(value: boolean | null): LocalizedText {
  if (value === null) return text('geen uitkomst', 'no outcome');
  return value ? text('recht', 'eligible') : text('geen recht', 'not eligible');
}
