import { createHash } from 'node:crypto';
import { loadDmn, toJson, type DmnMessage, type DmnModel, type EvaluationTrace, type JsonValue } from '@eenloket/dmn';
import type { LocalizedText } from '../../shared/localized.js';
import type { AssessmentDefinition } from '../regelingen/regeling-content.schema.js';
import type { AssessmentMessage, GrantPeriod } from './assessment.tables.js';

// The decision model of a version: compiled once per file content (its SHA-256) and evaluated
// with the inputs of one application. A published version's file never changes, so the hash is
// also what a stored assessment names to be reproduced later.

const models = new Map<string, Promise<DmnModel>>();
const hashes = new Map<string, string>();

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The compiled model for this XML; compiling rejects only with DmnError (invalid XML, namespace). */
export function compiledModel(xml: string): Promise<{ model: DmnModel; sha256: string }> {
  // Each run passes the same cached string: hashing it again cost more than evaluating some models.
  let hash = hashes.get(xml);
  if (hash === undefined) hashes.set(xml, (hash = sha256(xml)));
  let model = models.get(hash);
  if (!model) {
    model = loadDmn(xml);
    models.set(hash, model);
    // A model that does not load is not kept: the next run reports the same error instead of a stale promise.
    model.catch(() => models.delete(hash));
  }
  return model.then((compiled) => ({ model: compiled, sha256: hash }));
}

export interface ModelOutcome {
  /** Null when the eligibility decision gave no boolean. */
  eligible: boolean | null;
  reasons: string[];
  amount: number | null;
  period: GrantPeriod | null;
  route: string | null;
  routeReasons: LocalizedText[];
  /** Load diagnostics and evaluation messages. */
  messages: AssessmentMessage[];
  /** No error among the messages: a condition for a straight-through grant. */
  ok: boolean;
  trace: EvaluationTrace;
}

/**
 * Evaluates every decision of the model in one run (one trace) and reads the outcome decisions
 * that version.json names. A named decision the model does not have is an error, not a guess.
 */
export function evaluateModel(model: DmnModel, definition: AssessmentDefinition, inputs: Record<string, unknown>): ModelOutcome {
  const result = model.evaluateAll(inputs);
  const messages: AssessmentMessage[] = [...model.diagnostics, ...result.messages].map(toMessage);
  const known = new Set(model.elements().filter((e) => e.kind === 'decision').map((e) => e.name));
  for (const name of Object.values(definition.decisions)) {
    if (name && !known.has(name)) messages.push({ code: 'DECISION_MISSING', severity: 'error', message: `the model has no decision named "${name}" (version.json assessment.decisions)` });
  }
  const value = (name: string | undefined): JsonValue => (name && known.has(name) ? toJson(result.decisions[name]) : null);
  const eligible = value(definition.decisions.eligible);
  const amount = value(definition.decisions.amount);
  const route = value(definition.decisions.route);
  if (definition.decisions.amount && eligible === true && typeof amount !== 'number') {
    messages.push({ code: 'AMOUNT_MISSING', severity: 'warning', message: `decision "${definition.decisions.amount}" gave no number for an eligible application` });
  }
  return {
    eligible: typeof eligible === 'boolean' ? eligible : null,
    reasons: reasonsOf(value(definition.decisions.reasons)),
    amount: typeof amount === 'number' && Number.isFinite(amount) ? Math.round(amount * 100) / 100 : null,
    period: periodOf(value(definition.decisions.period)),
    route: typeof route === 'string' ? route : null,
    routeReasons: annotationsOf(result.trace, definition.decisions.route),
    messages: dedupe(messages),
    ok: !messages.some((m) => m.severity === 'error'),
    trace: result.trace,
  };
}

function toMessage(message: DmnMessage): AssessmentMessage {
  return { code: message.code, severity: message.severity, message: message.message };
}

function dedupe(messages: AssessmentMessage[]): AssessmentMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    if (seen.has(m.message)) return false;
    seen.add(m.message);
    return true;
  });
}

/** A list of texts, one text, or nothing. */
function reasonsOf(value: JsonValue): string[] {
  const list = Array.isArray(value) ? value.flat(2) : value === null ? [] : [value];
  return list.filter((item) => item !== null && item !== '').map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
}

function periodOf(value: JsonValue): GrantPeriod | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { from, to } = value;
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return typeof from === 'string' && typeof to === 'string' && day.test(from) && day.test(to) ? { from, to } : null;
}

/** The localized annotations of the matched rules of one decision's tables, in rule order, without repeats. */
export function annotationsOf(trace: EvaluationTrace, decision: string | undefined): LocalizedText[] {
  if (!decision) return [];
  const texts: LocalizedText[] = [];
  for (const entry of trace.decisions.filter((d) => d.decision === decision)) {
    for (const table of entry.tables ?? []) {
      for (const match of table.matched) {
        const text = localizeAnnotations(match.annotations);
        if (text && !texts.some((t) => t.nl === text.nl)) texts.push(text);
      }
    }
  }
  return texts;
}

// Annotation columns in English: "Explanation", "English", "en", or a name ending in "(en)", "_en", "-en", ".en".
const englishColumn = /^(explanation|english|en)$|[\s(._-]en\)?$/i;

/**
 * Rule annotations by column as Dutch and English text: columns named like englishColumn are
 * English, every other column (e.g. "Toelichting") Dutch. Without an English column the English
 * text is the Dutch one, so the resident always reads something.
 */
export function localizeAnnotations(annotations: Record<string, string> | undefined): LocalizedText | undefined {
  if (!annotations) return undefined;
  const nl: string[] = [];
  const en: string[] = [];
  for (const [column, raw] of Object.entries(annotations)) {
    const text = raw.trim();
    if (text) (englishColumn.test(column.trim()) ? en : nl).push(text);
  }
  if (nl.length === 0 && en.length === 0) return undefined;
  return { nl: (nl.length ? nl : en).join(' '), en: (en.length ? en : nl).join(' ') };
}
