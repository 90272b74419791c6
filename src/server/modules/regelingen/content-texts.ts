import type { Lang } from '../../shared/localized.js';
import type { TranslationFile, VersionContent } from './regeling-content.schema.js';

// Form schemas are written in Dutch; form.en.json gives the English text for each Dutch text by
// JSON pointer. These helpers find the texts, check that every one is translated, and apply them.

const schemaTextKeys = new Set(['title', 'description']);
const uiTextKeys = new Set(['ui:title', 'ui:description', 'ui:help', 'ui:placeholder']);

/** JSON pointers of every user-facing text in a schema (titles, descriptions) or uiSchema (labels, help). */
export function textPointers(document: unknown, kind: 'schema' | 'ui'): string[] {
  const keys = kind === 'schema' ? schemaTextKeys : uiTextKeys;
  const found: string[] = [];
  const walk = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${pointer}/${i}`));
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const child = `${pointer}/${escape(key)}`;
        if (keys.has(key) && typeof value === 'string') found.push(child);
        // Conditions and constant values hold data, not texts.
        else if (kind === 'schema' && (key === 'const' || key === 'enum' || key === 'default' || key === 'examples')) continue;
        else if (kind === 'ui' && key === 'ui:enumNames' && Array.isArray(value)) value.forEach((_, i) => found.push(`${child}/${i}`));
        else walk(value, child);
      }
    }
  };
  walk(document, '');
  return found;
}

/** Pointers that lack an English text, and English texts whose pointer has no Dutch text. */
export function translationGaps(content: Pick<VersionContent, 'schema' | 'ui' | 'en'>): { missing: string[]; orphaned: string[] } {
  const missing: string[] = [];
  const orphaned: string[] = [];
  for (const kind of ['schema', 'ui'] as const) {
    const pointers = textPointers(content[kind], kind);
    const translated = content.en[kind];
    for (const p of pointers) if (!(p in translated)) missing.push(`${kind}:${p}`);
    const known = new Set(pointers);
    for (const p of Object.keys(translated)) if (!known.has(p)) orphaned.push(`${kind}:${p}`);
  }
  return { missing, orphaned };
}

/** The schema and uiSchema in one language. */
export function localizeForm(content: Pick<VersionContent, 'schema' | 'ui' | 'en'>, lang: Lang): { schema: Record<string, unknown>; ui: Record<string, unknown> } {
  if (lang === 'nl') return { schema: content.schema, ui: content.ui };
  return { schema: apply(content.schema, content.en.schema), ui: apply(content.ui, content.en.ui) };
}

function apply(document: Record<string, unknown>, texts: TranslationFile['schema']): Record<string, unknown> {
  const copy = structuredClone(document);
  for (const [pointer, value] of Object.entries(texts)) {
    const segments = pointer.split('/').slice(1).map(unescape);
    let node: unknown = copy;
    for (const segment of segments.slice(0, -1)) node = (node as Record<string, unknown> | undefined)?.[segment];
    if (node && typeof node === 'object') (node as Record<string, unknown>)[segments.at(-1)!] = value;
  }
  return copy;
}

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');
