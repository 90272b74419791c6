import type { EvaluationTrace, JsonValue } from '@eenloket/dmn';
import { text, type LocalizedText } from '../../shared/localized.js';
import type { AssessmentRow, DecisionRow } from './assessment.repository.js';
import type { AssessmentInputUsed } from './assessment.tables.js';
import { annotationsOf } from './evaluate-model.js';

// "Hoe is dit berekend": the resident's explanation of a decision, derived from the stored
// assessment (its inputs with their labels and the trace's matched rules), in Dutch and English.

export interface Explanation {
  inputs: { label: LocalizedText; value: JsonValue; unit?: string }[];
  steps: LocalizedText[];
  modelVersion: { regeling: string; version: number; model: string; sha256: string } | null;
}

const euroNl = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const euroEn = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });

export function euros(amount: number): LocalizedText {
  return text(euroNl.format(amount), euroEn.format(amount));
}

/**
 * The explanation of a decision. For an automatic grant, and for a person's decision that follows
 * the assessment's proposal, the steps are the annotations of the rules that matched (the route
 * decision left out: how the work is routed is not part of the outcome) and the amount with what it
 * was calculated from. A person's decision starts with their motivation; when it departs from the
 * proposal, the model's steps would contradict it and are left out.
 */
export function explanationOf(decision: DecisionRow, assessment: AssessmentRow | undefined): Explanation {
  const steps: LocalizedText[] = [];
  if (!decision.automatic && decision.motivation) steps.push(text(decision.motivation, decision.motivation));
  const follows = assessment?.status === 'beoordeeld' && (decision.outcome === 'toegekend' ? assessment.proposal === 'toekennen' && sameAmount(decision.amount, assessment.amount) : assessment.proposal === 'afwijzen');
  if (!assessment || !follows) return { inputs: [], steps: [...steps, ...amountStep(decision, [])], modelVersion: null };
  const trace = assessment.trace as EvaluationTrace | null;
  const names = assessment.decisionNames;
  // A rejection says why first. Reasons written as sentences are for the resident (energietoeslag);
  // a model whose reasons are codes ("inkomen") explains them in its rule annotations instead.
  if (decision.outcome === 'afgewezen') {
    for (const reason of assessment.reasons) if (/\s/.test(reason.trim()) && !steps.some((s) => s.nl === reason)) steps.push(text(reason, reason));
  }
  if (trace) {
    for (const entry of trace.decisions) {
      if (entry.decision === names?.route || entry.decision === '(inputs)') continue;
      for (const step of annotationsOf(trace, entry.decision)) if (!steps.some((s) => s.nl === step.nl)) steps.push(step);
    }
  }
  if (decision.outcome === 'afgewezen' && steps.length === (decision.motivation ? 1 : 0)) {
    for (const reason of assessment.reasons) steps.push(text(reason, reason));
  }
  const amountInputs = trace && names?.amount ? inputsBehind(trace, names.amount, assessment.inputs, [names.eligible, names.reasons, names.route]) : [];
  return {
    inputs: assessment.inputs.map((input) => ({ label: input.label, value: input.value, ...(input.unit ? { unit: input.unit } : {}) })),
    steps: [...steps, ...amountStep(decision, amountInputs)],
    modelVersion: assessment.modelFile && assessment.modelSha256 ? { regeling: assessment.regelingId, version: assessment.regelingVersion, model: assessment.modelFile, sha256: assessment.modelSha256 } : null,
  };
}

function sameAmount(a: number | null, b: number | null): boolean {
  return a === b || (a !== null && b !== null && Math.abs(a - b) < 0.005);
}

function amountStep(decision: DecisionRow, inputs: AssessmentInputUsed[]): LocalizedText[] {
  if (decision.outcome !== 'toegekend' || decision.amount === null) return [];
  const amount = euros(decision.amount);
  if (inputs.length === 0) return [text(`Het bedrag is ${amount.nl}.`, `The amount is ${amount.en}.`)];
  const nl = inputs.map((input) => `${input.label.nl} (${formatValue(input, 'nl')})`).join(', ');
  const en = inputs.map((input) => `${input.label.en} (${formatValue(input, 'en')})`).join(', ');
  return [text(`Het bedrag is ${amount.nl}. Dit is berekend met: ${nl}.`, `The amount is ${amount.en}. It was calculated from: ${en}.`)];
}

/**
 * The model inputs an amount is calculated from: its own inputs and those of the intermediate
 * decisions it requires (a norm, a share), but not those behind eligibility, reasons or routing
 * (an amount "calculated from your age" would mislead).
 */
function inputsBehind(trace: EvaluationTrace, decision: string, inputs: AssessmentInputUsed[], outcomeDecisions: string[]): AssessmentInputUsed[] {
  const byName = new Map(inputs.map((input) => [input.name, input]));
  const found = new Set<string>();
  const seen = new Set<string>(outcomeDecisions);
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    if (byName.has(name)) found.add(name);
    for (const entry of trace.decisions.filter((d) => d.decision === name)) entry.requires.forEach(visit);
  };
  visit(decision);
  return inputs.filter((input) => found.has(input.name));
}

function formatValue(input: AssessmentInputUsed, lang: 'nl' | 'en'): string {
  const { value, unit } = input;
  if (typeof value === 'number' && unit?.startsWith('EUR')) return euros(value)[lang] + (unit === 'EUR/maand' ? (lang === 'nl' ? ' per maand' : ' a month') : unit === 'EUR/jaar' ? (lang === 'nl' ? ' per jaar' : ' a year') : '');
  if (typeof value === 'boolean') return value ? (lang === 'nl' ? 'ja' : 'yes') : lang === 'nl' ? 'nee' : 'no';
  if (value === null || value === undefined) return lang === 'nl' ? 'onbekend' : 'unknown';
  if (typeof value === 'number' && unit === 'procent') return `${value}%`;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}
