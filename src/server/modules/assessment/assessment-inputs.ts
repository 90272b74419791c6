import type { JsonValue } from '@eenloket/dmn';
import { todayInAmsterdam } from '../../../shared/forms/formats.js';
import type { Db } from '../../db/database.js';
import { getAt, type FormData } from '../applications/form-data.js';
import { parseParameterValue, periodOn } from '../regelingen/parameter-values.js';
import type { AssessmentDefinition } from '../regelingen/regeling-content.schema.js';
import type { AssessmentInputUsed, AssessmentMessage, ParameterUsed } from './assessment.tables.js';
import type { FactName, Facts } from './assessment-facts.js';
import { parameterFigures } from './batched-run-reads.js';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day the assessment counts from: the day the application was sent (Amsterdam time), or a
 * date the form holds. A missing or malformed form date falls back to the day sent, with a warning
 * (so the model still runs on a defined day, and a person sees why).
 */
export function referenceDateOf(definition: AssessmentDefinition, application: { data: FormData; submittedAt: Date | null; receivedAt: Date | null }): { date: string; messages: AssessmentMessage[] } {
  const sent = todayInAmsterdam(application.submittedAt ?? application.receivedAt ?? new Date());
  if (definition.referenceDate === 'submitted') return { date: sent, messages: [] };
  const value = getAt(application.data, definition.referenceDate.pointer);
  if (typeof value === 'string' && isoDay.test(value)) return { date: value, messages: [] };
  return { date: sent, messages: [{ code: 'REFERENCE_DATE_MISSING', severity: 'warning', message: `no date at ${definition.referenceDate.pointer}; the day the application was sent is used` }] };
}

/** The facts the model's inputs use: what decides which registries are asked. */
export function factsNeeded(definition: AssessmentDefinition): Set<FactName> {
  return new Set(Object.values(definition.inputs).flatMap((input) => (input.source === 'fact' ? [input.fact] : [])));
}

/** A parameter period as stored or as in parameters.json (no id there). */
export interface PeriodLike {
  id?: string;
  key: string;
  validFrom: string;
  validTo?: string | null | undefined;
  value: string | number;
  source: string;
  confirmed: boolean;
}

/** The parameter periods the inputs read on the reference date, with their source; a missing figure is an error. */
export function parametersFrom(definition: AssessmentDefinition, available: { units: Record<string, string>; periods: readonly PeriodLike[] }, date: string): { parameters: ParameterUsed[]; messages: AssessmentMessage[] } {
  const keys = [...new Set(Object.values(definition.inputs).flatMap((input) => (input.source === 'parameter' ? [input.key] : [])))];
  const messages: AssessmentMessage[] = [];
  const parameters = keys.map((key): ParameterUsed => {
    const unit = available.units[key] ?? null;
    const period = periodOn(
      available.periods.filter((p) => p.key === key).map((p) => ({ ...p, validTo: p.validTo ?? null })),
      date,
    );
    if (!period) {
      messages.push({ code: 'PARAMETER_MISSING', severity: 'error', message: unit ? `parameter ${key} has no value on ${date}` : `parameter ${key} does not exist for this regeling` });
      return { key, periodId: null, value: null, unit, validFrom: null, validTo: null, source: null, confirmed: null };
    }
    return { key, periodId: period.id ?? null, value: parseParameterValue(String(period.value), unit ?? ''), unit, validFrom: period.validFrom, validTo: period.validTo, source: period.source, confirmed: period.confirmed };
  });
  return { parameters, messages };
}

/** parametersFrom with the regeling's active periods in the database. */
export async function parametersOn(db: Db, regelingId: string, definition: AssessmentDefinition, date: string): Promise<{ parameters: ParameterUsed[]; messages: AssessmentMessage[] }> {
  if (!Object.values(definition.inputs).some((input) => input.source === 'parameter')) return { parameters: [], messages: [] };
  return parametersFrom(definition, await parameterFigures(db)(regelingId), date);
}

const factUnits: Partial<Record<FactName, string>> = {
  'person.age': 'jaren',
  'household.partnerAge': 'jaren',
  'income.applicantMonthlyNet': 'EUR/maand',
  'income.partnerMonthlyNet': 'EUR/maand',
  'household.size': 'aantal',
  'household.childrenUnder18': 'aantal',
  'household.costSharers': 'aantal',
  'household.earlierApplications': 'aantal',
  'application.referenceDate': 'datum',
  'business.registeredOn': 'datum',
};

/**
 * The model's input data by name, from the form answers, the derived facts and the parameters, and
 * the same values with where they came from and their labels (stored to reproduce and to explain).
 * Anything unknown is null, never left out: DMN then sees "no value" rather than "no such input".
 */
export function buildInputs(definition: AssessmentDefinition, sources: { data: FormData; facts: Facts; parameters: ParameterUsed[] }): { values: Record<string, unknown>; used: AssessmentInputUsed[] } {
  const values: Record<string, unknown> = {};
  const used: AssessmentInputUsed[] = [];
  for (const [name, input] of Object.entries(definition.inputs)) {
    let value: unknown;
    let ref: string;
    let unit: string | null = null;
    if (input.source === 'form') {
      ref = input.pointer;
      value = getAt(sources.data, input.pointer);
    } else if (input.source === 'fact') {
      ref = input.fact;
      value = sources.facts[input.fact];
      unit = factUnits[input.fact] ?? null;
    } else {
      ref = input.key;
      const parameter = sources.parameters.find((p) => p.key === input.key);
      value = parameter?.value;
      unit = parameter?.unit ?? null;
    }
    values[name] = value ?? null;
    // Form data and facts are JSON already (they come from JSON columns and the registries' JSON).
    used.push({ name, source: input.source, ref, label: input.label, value: (value ?? null) as JsonValue, unit });
  }
  return { values, used };
}

/** The stored inputs as the model takes them: what a reproduction evaluates again. */
export function inputValuesOf(used: AssessmentInputUsed[]): Record<string, unknown> {
  return Object.fromEntries(used.map((input) => [input.name, input.value]));
}
