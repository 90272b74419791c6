import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { customFormats } from '../../../shared/forms/formats.js';
import { messageForSchemaError } from '../../../shared/forms/validation-messages.js';
import type { FieldError } from '../../shared/errors.js';
import { pruneInactive } from './prune-inactive.js';
import type { VersionContent } from './regeling-content.schema.js';

// Server-side validation of application data against a regeling version's JSON Schema, with the
// same formats and messages as the browser. Page conditions ("when") and evidence conditions are
// JSON Schemas too, evaluated against the whole form data.

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv, formats: string[]) => Ajv }).default;

export type FormData = Record<string, unknown>;

export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false, useDefaults: false, multipleOfPrecision: 6 });
  addFormats(ajv, ['date', 'email', 'uri']);
  for (const [name, check] of Object.entries(customFormats)) ajv.addFormat(name, { type: 'string', validate: check });
  return ajv;
}

export interface CompiledForm {
  pageIds: string[];
  /** Pages whose condition holds for this data, in form order. */
  visiblePages(data: FormData): string[];
  /** The data without answers on pages that do not apply, and without answers to questions that no longer apply. */
  withoutHiddenPages(data: FormData): FormData;
  /** Field errors for one page (unknown fields, formats, required answers). */
  validatePage(pageId: string, data: FormData): FieldError[];
  /** Field errors for all visible pages, and unknown top-level keys. */
  validateAll(data: FormData): FieldError[];
  /** Evidence ids that must have at least one document, judged on the answers that apply. */
  requiredEvidence(data: FormData): string[];
}

export class FormDefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormDefinitionError';
  }
}

/** Compiles a version's schema, page conditions and evidence conditions once. */
export function compileForm(ajv: Ajv, content: VersionContent): CompiledForm {
  const schema = content.schema as { type?: unknown; properties?: Record<string, unknown>; definitions?: unknown };
  if (!ajv.validateSchema(content.schema)) throw new FormDefinitionError(`form.schema.json is not a valid JSON Schema: ${ajv.errorsText(ajv.errors)}`);
  if (schema.type !== 'object' || !schema.properties) throw new FormDefinitionError('form.schema.json must be an object schema with one property per page');
  const pageIds = content.meta.pages.map((p) => p.id);
  const properties = Object.keys(schema.properties);
  const missing = pageIds.filter((id) => !properties.includes(id));
  const extra = properties.filter((id) => !pageIds.includes(id));
  if (missing.length) throw new FormDefinitionError(`form.schema.json has no property for page(s) ${missing.join(', ')}`);
  if (extra.length) throw new FormDefinitionError(`form.schema.json has properties that are not pages: ${extra.join(', ')}`);

  const compile = (what: string, s: unknown): ValidateFunction => {
    try {
      return ajv.compile(s as object);
    } catch (error) {
      throw new FormDefinitionError(`${what}: ${(error as Error).message}`);
    }
  };
  const pageValidators = new Map(
    content.meta.pages.map((page) => [page.id, compile(`page ${page.id}`, { definitions: schema.definitions, ...(schema.properties![page.id] as object) })]),
  );
  const pageConditions = new Map(content.meta.pages.filter((p) => p.when).map((p) => [p.id, compile(`condition of page ${p.id}`, p.when)]));
  const evidenceConditions = content.meta.evidence.map((e) => ({
    id: e.id,
    required: typeof e.required === 'boolean' ? () => e.required as boolean : ((v) => (d: FormData) => v(d) as boolean)(compile(`condition of evidence ${e.id}`, e.required)),
  }));

  const visiblePages = (data: FormData) => pageIds.filter((id) => pageConditions.get(id)?.(data) ?? true);

  const validatePage = (pageId: string, data: FormData): FieldError[] => {
    const validate = pageValidators.get(pageId);
    if (!validate) return [{ name: pageId, code: 'form.unknown_page', message: { nl: 'Deze stap bestaat niet.', en: 'This step does not exist.' } }];
    const value = pruneInactive(ajv, schema.properties![pageId], data[pageId] ?? {});
    return validate(value) ? [] : toFieldErrors(pageId, validate.errors ?? []);
  };

  const withoutHiddenPages = (data: FormData): FormData =>
    Object.fromEntries(visiblePages(data).filter((id) => id in data).map((id) => [id, pruneInactive(ajv, schema.properties![id], data[id])]));

  return {
    pageIds,
    visiblePages,
    withoutHiddenPages,
    validatePage,
    validateAll: (data) => {
      const unknown = Object.keys(data)
        .filter((key) => !pageIds.includes(key))
        .map((key): FieldError => ({ name: key === '' ? '""' : key, code: 'form.additionalProperties', message: messageForSchemaError({ keyword: 'additionalProperties', params: { additionalProperty: key } }) }));
      return [...unknown, ...visiblePages(data).flatMap((id) => validatePage(id, data))];
    },
    // Evidence follows the answers that count: a hidden page or question never asks for a document.
    requiredEvidence: (data) => {
      const active = withoutHiddenPages(data);
      return evidenceConditions.filter((e) => e.required(active)).map((e) => e.id);
    },
  };
}

function toFieldErrors(pageId: string, errors: ErrorObject[]): FieldError[] {
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of errors) {
    // `if` errors only say "must match then"; the detailed error from the then-branch is reported too.
    if (error.keyword === 'if') continue;
    const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (error.keyword === 'required') segments.push(String(error.params.missingProperty));
    if (error.keyword === 'additionalProperties') segments.push(String(error.params.additionalProperty));
    const name = [pageId, ...segments].join('.');
    // One message per field: the first is the most useful (required before format).
    if (seen.has(name)) continue;
    seen.add(name);
    result.push({ name, code: `form.${error.keyword}`, message: messageForSchemaError({ keyword: error.keyword, params: error.params as Record<string, unknown> }) });
  }
  return result;
}
