import type { LocalizedText, Problem } from '../api/problem';

/**
 * A message that can be shown in either language: a translation key of the web app, or a text
 * from the server in both languages. Kept unresolved so that switching language also switches
 * messages already on screen.
 */
export type Message = { key: string; values?: Record<string, unknown> } | LocalizedText;

export interface FormErrors {
  /** Per field, by the field's name in the API (dotted path, e.g. "postcode"). */
  fields: Record<string, Message>;
  /** Errors that belong to no field on this form (shown only in the summary). */
  general: Message[];
}

export const noErrors: FormErrors = { fields: {}, general: [] };

export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.keys(errors.fields).length > 0;
}

/**
 * Maps a problem's invalidParams onto the form's fields by name. A field error whose name is not
 * on the form (or a problem without field errors) goes to `general`, so nothing is silently lost.
 * `aliases` maps API names to the form's names where they differ.
 */
export function problemToFormErrors(problem: Problem, formFields: readonly string[], aliases: Record<string, string> = {}): FormErrors {
  const fields: Record<string, Message> = {};
  const general: Message[] = [];
  for (const param of problem.invalidParams ?? []) {
    const name = resolveName(param.name, formFields, aliases);
    if (name && !fields[name]) fields[name] = param.messages;
    else if (!name) general.push(param.messages);
  }
  if (Object.keys(fields).length === 0 && general.length === 0) general.push(problem.messages);
  return { fields, general };
}

function resolveName(name: string, formFields: readonly string[], aliases: Record<string, string>): string | undefined {
  // "roles.0" is an error in the first role: it belongs to the roles field.
  const candidates = [name, name.split('.')[0] ?? name].map((n) => aliases[n] ?? n);
  return candidates.find((n) => formFields.includes(n));
}

/** Client-side checks before sending; the server checks again and its answer wins. */
export function validateBsn(value: string): Message | undefined {
  const bsn = value.trim();
  if (!bsn) return { key: 'form.required' };
  if (!/^\d{9}$/.test(bsn)) return { key: 'form.bsnFormat' };
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0 && bsn !== '000000000' ? undefined : { key: 'form.bsnInvalid' };
}

/** "15-06-1985", "15-6-1985" or "1985-06-15" → "1985-06-15"; anything else → undefined. */
export function parseDutchDate(value: string): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : nl ? [nl[3], nl[2], nl[1]] : [];
  if (!y || !m || !d) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
