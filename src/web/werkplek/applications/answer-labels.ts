import { formatDate } from '../../shared/format/format';

// Labels for the answers of a submitted application, read from the form's JSON Schema (in the
// language asked for). This only looks titles up; it does not render a form.

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);
const schemas = (value: unknown): Schema[] => (Array.isArray(value) ? value.filter(isSchema) : []);

/**
 * Every place a page schema describes `key`. Conditional fields are declared as `{}` under
 * `properties` and get their title in a branch (if/then/else, allOf, anyOf, oneOf, dependencies),
 * so the branches are searched too.
 */
function candidates(schema: Schema, key: string): Schema[] {
  const found: Schema[] = [];
  const own = isSchema(schema.properties) ? schema.properties[key] : undefined;
  if (isSchema(own)) found.push(own);
  const branches = [schema.then, schema.else, ...schemas(schema.allOf), ...schemas(schema.anyOf), ...schemas(schema.oneOf)];
  if (isSchema(schema.dependencies)) branches.push(...Object.values(schema.dependencies));
  for (const branch of branches) if (isSchema(branch)) found.push(...candidates(branch, key));
  return found;
}

/** The schema of one field of a page, merged from all places that describe it (the first title wins). */
export function fieldSchema(page: Schema | undefined, key: string): Schema | undefined {
  if (!page) return undefined;
  const found = candidates(page, key);
  if (found.length === 0) return undefined;
  return found.reduceRight<Schema>((merged, next) => ({ ...merged, ...next }), {});
}

/** The schema of a page: the root property with the page's id. */
export function pageSchema(form: Schema, pageId: string): Schema | undefined {
  const page = isSchema(form.properties) ? form.properties[pageId] : undefined;
  return isSchema(page) ? page : undefined;
}

/** Field keys of a page in the form's order (ui:order), then any other answered field. */
export function fieldOrder(ui: Schema, pageId: string, answers: Record<string, unknown>): string[] {
  const pageUi = ui[pageId];
  const order = isSchema(pageUi) && Array.isArray(pageUi['ui:order']) ? pageUi['ui:order'].filter((k): k is string => typeof k === 'string' && k !== '*') : [];
  const rest = Object.keys(answers).filter((k) => !order.includes(k));
  return [...order, ...rest].filter((k) => answers[k] !== undefined);
}

export interface AnswerTexts {
  yes: string;
  no: string;
  empty: string;
}

const dateFormats = new Set(['date', 'past-date', 'future-date']);

/** An answer as text: the title of a chosen option, Ja/Nee, a Dutch date or number, or the value itself. */
export function formatAnswer(schema: Schema | undefined, value: unknown, texts: AnswerTexts): string {
  if (value === null || value === undefined || value === '') return texts.empty;
  const option = schemas(schema?.oneOf ?? schema?.anyOf).find((o) => 'const' in o && o.const === value);
  if (option && typeof option.title === 'string') return option.title;
  if (Array.isArray(value)) {
    if (value.length === 0) return texts.empty;
    const items = isSchema(schema?.items) ? schema.items : undefined;
    return value.map((v) => formatAnswer(items, v, texts)).join(', ');
  }
  if (typeof value === 'boolean') return value ? texts.yes : texts.no;
  // Without thousands separators: "1.100" would read as 1.1 to someone used to English notation.
  if (typeof value === 'number') return value.toLocaleString('nl-NL', { maximumFractionDigits: 2, useGrouping: false });
  if (typeof value === 'string') return typeof schema?.format === 'string' && dateFormats.has(schema.format) ? formatDate(value) : value;
  if (isSchema(value)) {
    return Object.entries(value)
      .map(([k, v]) => {
        const sub = fieldSchema(schema, k);
        return `${typeof sub?.title === 'string' ? sub.title : k}: ${formatAnswer(sub, v, texts)}`;
      })
      .join('; ');
  }
  return String(value);
}

/** The label of a field: its schema title, or the key when the schema has none. */
export function fieldLabel(schema: Schema | undefined, key: string): string {
  return typeof schema?.title === 'string' && schema.title ? schema.title : key;
}
