// The database stores a version's documents as jsonb, which does not keep the order of keys (it
// sorts them by length). For the editor they are put back in an order people read: names and
// texts before details, Dutch before English, the pages and fields in form order.

type Json = unknown;
type Obj = Record<string, Json>;

const isObject = (value: Json): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

const first = [
  '$schema', 'version', 'id', 'key', 'nl', 'en', 'label', 'title', 'changes', 'description', 'intro', 'help', 'type', 'format', 'const',
  'readOnly', 'default', 'minimum', 'maximum', 'multipleOf', 'minLength', 'maxLength', 'items', 'uniqueItems', 'minItems', 'maxItems',
  'oneOf', 'anyOf', 'additionalProperties', 'properties', 'required', 'if', 'then', 'else', 'allOf', 'dependencies', 'when',
  'decisionTerm', 'weeks', 'source', 'confirmed', 'cosign', 'cosignerPointer', 'extends', 'pages', 'evidence', 'maxFiles', 'prefill',
  'contact', 'carryOver', 'decisionModels', 'letters', 'file', 'schema', 'ui', 'ui:order', 'ui:widget', 'ui:help',
];
const rank = (key: string) => {
  const i = first.indexOf(key);
  return i < 0 ? first.length : i;
};

function sortKeys(value: Obj, preferred: readonly string[] = []): Obj {
  const position = (key: string) => (preferred.includes(key) ? preferred.indexOf(key) : preferred.length + rank(key));
  // A stable sort: keys without a rank keep the order they came in.
  return Object.fromEntries(Object.keys(value).sort((a, b) => position(a) - position(b)).map((k) => [k, value[k]]));
}

function readable(value: Json, fieldOrder: (path: string[]) => readonly string[], path: string[] = []): Json {
  if (Array.isArray(value)) return value.map((v, i) => readable(v, fieldOrder, [...path, String(i)]));
  if (!isObject(value)) return value;
  const sorted = sortKeys(value, fieldOrder(path));
  return Object.fromEntries(Object.entries(sorted).map(([k, v]) => [k, readable(v, fieldOrder, [...path, k])]));
}

/** version.json and form.en.json: known keys first. */
export function readableDocument(value: Obj): Obj {
  return readable(value, () => []) as Obj;
}

/**
 * form.schema.json and form.ui.json: pages in the order of version.json, each page's fields in its
 * ui:order, so the document reads like the form.
 */
export function readableForm(value: Obj, pageIds: readonly string[], ui: Obj): Obj {
  const orderOf = (pageId: string | undefined) => {
    const pageUi = pageId ? ui[pageId] : undefined;
    const order = isObject(pageUi) ? pageUi['ui:order'] : undefined;
    return Array.isArray(order) ? order.filter((k): k is string => typeof k === 'string') : [];
  };
  return readable(value, (path) => {
    // Schema: properties (pages) → <page> → properties (fields); uiSchema: <page> → fields.
    if (path.length === 1 && path[0] === 'properties') return pageIds;
    if (path.length === 3 && path[0] === 'properties' && path[2] === 'properties') return orderOf(path[1]);
    if (path.length === 0 && !('properties' in value)) return [...pageIds];
    if (path.length === 1 && !('properties' in value)) return ['ui:order', ...orderOf(path[0])];
    return [];
  }) as Obj;
}
