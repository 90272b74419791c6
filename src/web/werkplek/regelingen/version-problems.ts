import type { LocalizedText, Problem } from '../../shared/api/problem';
import type { FormErrors } from '../../shared/forms/form-errors';
import type { FieldRef } from '../../shared/forms/use-form-errors';

// The draft editor has four JSON documents. The server names a problem "<document>.<field>":
// "meta.label.nl" (the request check of version.json), "version./aanvrager/email" (the content
// check of version.json), "schema" (the form does not compile), "en.schema:/properties/x/title".

export const versionDocuments = ['meta', 'schema', 'ui', 'en'] as const;
export type VersionDocumentName = (typeof versionDocuments)[number];

export const documentFiles: Record<VersionDocumentName, string> = { meta: 'version.json', schema: 'form.schema.json', ui: 'form.ui.json', en: 'form.en.json' };
export const documentInputIds: Record<VersionDocumentName, string> = { meta: 'versie-meta', schema: 'versie-schema', ui: 'versie-ui', en: 'versie-en' };

export interface DocumentProblem {
  document: VersionDocumentName | undefined;
  /** Where in the document, e.g. "schema:/properties/x/title"; empty for the document as a whole. */
  field: string;
  message: LocalizedText;
}

export function documentOf(name: string): { document: VersionDocumentName | undefined; field: string } {
  const dot = name.indexOf('.');
  const head = dot < 0 ? name : name.slice(0, dot);
  const field = dot < 0 ? '' : name.slice(dot + 1);
  const document = head === 'version' ? 'meta' : (versionDocuments as readonly string[]).includes(head) ? (head as VersionDocumentName) : undefined;
  return { document, field };
}

export function problemsOf(problem: Problem): DocumentProblem[] {
  const params = problem.invalidParams ?? [];
  if (params.length === 0) return [{ document: undefined, field: '', message: problem.messages }];
  return params.map((p) => ({ ...documentOf(p.name), message: p.messages }));
}

const withField = (field: string, message: LocalizedText): LocalizedText => (field ? { nl: `${field}: ${message.nl}`, en: `${field}: ${message.en}` } : message);

/**
 * One entry in the error summary per problem (all of them, each linked to its document's text
 * area), and the problems without a document as general errors.
 */
export function summaryOf(problems: DocumentProblem[]): { errors: FormErrors; fields: Record<string, FieldRef> } {
  const errors: FormErrors = { fields: {}, general: [] };
  const fields: Record<string, FieldRef> = {};
  // In the order of the page: the documents top to bottom, each in the server's order.
  for (const document of versionDocuments) {
    problems.forEach((p, i) => {
      if (p.document !== document) return;
      fields[`p${i}`] = { id: documentInputIds[document], label: `regelingen.editor.files.${document}` };
      errors.fields[`p${i}`] = withField(p.field, p.message);
    });
  }
  for (const p of problems) if (!p.document) errors.general.push(withField(p.field, p.message));
  return { errors, fields };
}

/** Tries to read each document as a JSON object; a document that is not one becomes a problem. */
export function parseDocuments(texts: Record<VersionDocumentName, string>, invalidJson: (detail: string) => LocalizedText) {
  const parsed: Partial<Record<VersionDocumentName, Record<string, unknown>>> = {};
  const problems: DocumentProblem[] = [];
  for (const document of versionDocuments) {
    try {
      const value: unknown = JSON.parse(texts[document]);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('{ … }');
      parsed[document] = value as Record<string, unknown>;
    } catch (error) {
      problems.push({ document, field: '', message: invalidJson((error as Error).message) });
    }
  }
  return { parsed, problems };
}
