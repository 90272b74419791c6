import { retrieveSchema, type RJSFSchema } from '@rjsf/utils';
import type { RegelingForm } from '../api/types';
import { conditionHolds, regelingValidator } from './regeling-validator';
import type { Schema } from './schema-check';

// The form of a regeling as the wizard uses it: pages that apply, evidence that is required, and
// the questions a page asks for the answers given so far (conditional fields resolved).

export type Answers = Record<string, unknown>;
export type FormData = Record<string, Answers>;
type Obj = Record<string, unknown>;

const pageSchemas = new WeakMap<RegelingForm, Map<string, RJSFSchema>>();

/** One page as a schema of its own, with the form's definitions so `$ref`s still resolve. */
export function pageSchemaOf(form: RegelingForm, pageId: string): RJSFSchema {
  let cache = pageSchemas.get(form);
  if (!cache) pageSchemas.set(form, (cache = new Map()));
  let schema = cache.get(pageId);
  if (!schema) {
    const properties = (form.schema.properties ?? {}) as Record<string, Obj>;
    const { title: _title, description: _description, ...page } = properties[pageId] ?? { type: 'object' };
    schema = { ...(form.schema.definitions ? { definitions: form.schema.definitions } : {}), ...page } as RJSFSchema;
    cache.set(pageId, schema);
  }
  return schema;
}

/** Pages whose `when` holds for the data, in form order (the server computes the same). */
export function visiblePagesOf(form: RegelingForm, data: FormData): string[] {
  return form.pages.filter((p) => !p.when || conditionHolds(p.when as Schema, data)).map((p) => p.id);
}

export function evidenceRequired(required: boolean | Obj, data: FormData): boolean {
  return typeof required === 'boolean' ? required : conditionHolds(required as Schema, data);
}

export interface Question {
  name: string;
  schema: Obj;
}

/** The questions a page asks for these answers, in ui:order; conditional fields only when they apply. */
export function questionsOf(form: RegelingForm, pageId: string, answers: Answers): Question[] {
  const schema = pageSchemaOf(form, pageId);
  const resolved = retrieveSchema(regelingValidator, schema, schema, answers) as Obj;
  const properties = (resolved.properties ?? {}) as Record<string, Obj>;
  const names = Object.keys(properties).filter((n) => typeof properties[n] === 'object' && Object.keys(properties[n]!).length > 0);
  const pageUi = (form.ui[pageId] ?? {}) as Obj;
  const order = Array.isArray(pageUi['ui:order']) ? (pageUi['ui:order'] as string[]) : [];
  const rank = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  return names.sort((a, b) => rank(a) - rank(b)).map((name) => ({ name, schema: properties[name]! }));
}

/**
 * The answers to send: only questions the page asks now, and only values of the right type (a
 * half-typed amount stays on screen but is not saved: the server refuses a text for a number).
 */
export function answersToSave(form: RegelingForm, pageId: string, answers: Answers): Answers {
  const result: Answers = {};
  for (const { name, schema } of questionsOf(form, pageId, answers)) {
    const value = answers[name];
    if (value === undefined) continue;
    if ((schema.type === 'number' || schema.type === 'integer') && typeof value !== 'number') continue;
    result[name] = value;
  }
  return result;
}

/** The title of a field for the error summary: its schema title, or the name. */
export function fieldTitle(form: RegelingForm, pageId: string, answers: Answers, name: string): string {
  const question = questionsOf(form, pageId, answers).find((q) => q.name === name);
  return typeof question?.schema.title === 'string' ? question.schema.title : name;
}

/** Field name on a page → the registry source it was prefilled from. */
export function sourcesOf(form: RegelingForm, pageId: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(form.prefill ?? {}).flatMap(([pointer, source]) => {
      const [, page, field] = pointer.split('/');
      return page === pageId && field ? [[field, source]] : [];
    }),
  );
}

/** Field names on a page that a verlenging takes over from the earlier application. */
export function carriedOf(form: RegelingForm, pageId: string): Set<string> {
  return new Set((form.carryOver ?? []).flatMap((pointer) => (pointer.split('/')[1] === pageId ? [pointer.split('/')[2] ?? ''] : [])).filter(Boolean));
}

/** A value in the form data by JSON pointer ("/aanvrager/email"). */
export function valueAt(data: FormData, pointer: string | undefined): unknown {
  if (!pointer) return undefined;
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Obj)[key] : undefined), data);
}
