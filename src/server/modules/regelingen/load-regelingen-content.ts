import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import type { Ajv } from 'ajv';
import { translationGaps } from './content-texts.js';
import { compileForm, createAjv } from './form-validator.js';
import {
  examplesFile,
  parametersFile,
  referencedFiles,
  regelingFile,
  translationFile,
  versionFile,
  type ParametersFile,
  type RegelingFile,
  type VersionContent,
} from './regeling-content.schema.js';

export interface LoadedRegeling {
  regeling: RegelingFile;
  parameters: ParametersFile;
  versions: VersionContent[];
  /** Files referenced by versions (decision models, letters), by path relative to the regeling folder. */
  files: Record<string, string>;
}

export interface ContentProblem {
  file: string;
  field?: string;
  message: string;
}

/** Every problem in the content folder at once, so an administrator can fix them in one go. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Invalid regelingen content:\n${problems.map((p) => `  - ${p.file}${p.field ? ` (${p.field})` : ''}: ${p.message}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/**
 * Reads and validates every regeling folder under `dir`: regeling.json, parameters.json and
 * versions/<n>/{version.json, form.schema.json, form.ui.json, form.en.json}.
 */
export function loadRegelingenContent(dir: string): LoadedRegeling[] {
  const problems: ContentProblem[] = [];
  if (!existsSync(dir)) throw new ContentError([{ file: dir, message: 'the regelingen folder does not exist' }]);
  const loaded: LoadedRegeling[] = [];
  for (const name of readdirSync(dir).sort()) {
    const folder = join(dir, name);
    if (!statSync(folder).isDirectory()) continue;
    const result = loadOne(dir, folder, name, problems);
    if (result) loaded.push(result);
  }
  if (problems.length) throw new ContentError(problems);
  return loaded;
}

function loadOne(root: string, folder: string, name: string, problems: ContentProblem[]): LoadedRegeling | undefined {
  const before = problems.length;
  const rel = (file: string) => relative(root, file) || file;
  const read = <S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined => {
    if (!existsSync(file)) {
      problems.push({ file: rel(file), message: 'file is missing' });
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push({ file: rel(file), message: `not valid JSON: ${(error as Error).message}` });
      return undefined;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file: rel(file), field: issue.path.join('.') || undefined, message: issue.message });
      return undefined;
    }
    return parsed.data;
  };

  const regeling = read(join(folder, 'regeling.json'), regelingFile);
  if (regeling && regeling.id !== name) problems.push({ file: rel(join(folder, 'regeling.json')), field: 'id', message: `must equal the folder name "${name}"` });
  const parameters = read(join(folder, 'parameters.json'), parametersFile);

  const versionsDir = join(folder, 'versions');
  const versionNames = existsSync(versionsDir) ? readdirSync(versionsDir).filter((v) => statSync(join(versionsDir, v)).isDirectory()) : [];
  if (versionNames.length === 0) problems.push({ file: rel(versionsDir), message: 'no versions/<number> folder' });
  const ajv = createAjv();
  const versions: VersionContent[] = [];
  const files: Record<string, string> = {};
  for (const versionName of versionNames.sort((a, b) => Number(a) - Number(b))) {
    const vdir = join(versionsDir, versionName);
    const meta = read(join(vdir, 'version.json'), versionFile);
    const schema = readJson(join(vdir, 'form.schema.json'), rel, problems);
    const ui = readJson(join(vdir, 'form.ui.json'), rel, problems);
    const en = read(join(vdir, 'form.en.json'), translationFile);
    if (!meta || !schema || !ui || !en) continue;
    const where = (file: string) => rel(join(vdir, file));
    if (String(meta.version) !== versionName) problems.push({ file: where('version.json'), field: 'version', message: `must equal the folder name "${versionName}"` });
    const content: VersionContent = { meta, schema, ui, en };
    for (const ref of referencedFiles(meta)) {
      const path = join(folder, ref.file);
      if (existsSync(path)) files[ref.file] = readFileSync(path, 'utf8');
    }
    const found = checkVersionContent({ content, ajv, versions: versionNames.map(Number), files: Object.keys(files) });
    found.push(...exampleProblems(meta, files));
    for (const problem of found) problems.push({ ...problem, file: where(problem.file) });
    if (found.length) continue;
    versions.push(content);
  }
  if (!regeling || !parameters || problems.length > before) return undefined;
  return { regeling, parameters, versions, files };
}

/**
 * The checks beyond the zod parse, shared by the loader and by drafts edited in the Werkplek:
 * the schema compiles, pages match it, every text is translated, pointers and references resolve.
 * `file` in a problem is the file name within the version folder (or the regeling folder for references).
 */
export function checkVersionContent(options: { content: VersionContent; ajv: Ajv; versions: number[]; files: string[] }): ContentProblem[] {
  const { content, ajv } = options;
  const { meta, schema } = content;
  const problems: ContentProblem[] = [];
  try {
    compileForm(ajv, content);
  } catch (error) {
    return [{ file: 'form.schema.json', message: (error as Error).message }];
  }
  for (const [kind, ids] of [['pages', meta.pages.map((p) => p.id)], ['evidence', meta.evidence.map((e) => e.id)], ['letters', meta.letters.map((l) => l.id)]] as const) {
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dupes.length) problems.push({ file: 'version.json', field: kind, message: `duplicate id(s): ${[...new Set(dupes)].join(', ')}` });
  }
  if (meta.carryOver.length && !meta.extends) problems.push({ file: 'version.json', field: 'carryOver', message: 'carryOver needs extends: there is no earlier application to take answers from' });
  for (const pointer of meta.carryOver) {
    if (pointer in meta.prefill) problems.push({ file: 'version.json', field: pointer, message: 'is both prefilled from the registries and carried over; the registry wins, so remove it from carryOver' });
  }
  problems.push(...uiOrderProblems(schema, content.ui));
  const gaps = translationGaps(content);
  for (const p of gaps.missing) problems.push({ file: 'form.en.json', field: p, message: 'Dutch text without an English translation' });
  for (const p of gaps.orphaned) problems.push({ file: 'form.en.json', field: p, message: 'translation for a text that does not exist' });
  for (const pointer of [...Object.keys(meta.prefill), ...meta.carryOver, ...Object.values(meta.contact), ...(meta.cosignerPointer ? [meta.cosignerPointer] : [])]) {
    if (!schemaAt(schema, pointer)) problems.push({ file: 'version.json', field: pointer, message: 'points to a field that is not in form.schema.json' });
  }
  for (const earlier of meta.extends?.versions ?? []) {
    if (earlier >= meta.version || !options.versions.includes(earlier)) problems.push({ file: 'version.json', field: 'extends.versions', message: `version ${earlier} is not an earlier version` });
  }
  for (const ref of referencedFiles(meta)) {
    if (!options.files.includes(ref.file)) problems.push({ file: 'version.json', field: ref.id, message: `${ref.file} does not exist in the regeling folder` });
  }
  for (const [name, input] of Object.entries(meta.assessment?.inputs ?? {})) {
    if (input.source === 'form' && !schemaAt(schema, input.pointer)) problems.push({ file: 'version.json', field: `assessment.inputs.${name}`, message: `${input.pointer} is not in form.schema.json` });
  }
  const partnerPointer = meta.assessment?.partnerPointer;
  if (partnerPointer && !schemaAt(schema, partnerPointer)) problems.push({ file: 'version.json', field: 'assessment.partnerPointer', message: 'points to a field that is not in form.schema.json' });
  return problems;
}

/** The assessment's example cases must parse (their outcomes are checked by the assessment tests). */
function exampleProblems(meta: VersionContent['meta'], files: Record<string, string>): ContentProblem[] {
  const file = meta.assessment?.examples;
  const text = file ? files[file] : undefined;
  if (!file || text === undefined) return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return [{ file: `../../${file}`, message: `not valid JSON: ${(error as Error).message}` }];
  }
  const parsed = examplesFile.safeParse(json);
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ file: `../../${file}`, field: issue.path.join('.') || undefined, message: issue.message }));
}

/** react-jsonschema-form refuses to render an object whose ui:order misses a property (without "*"). */
function uiOrderProblems(schema: Record<string, unknown>, ui: Record<string, unknown>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const walk = (s: unknown, u: unknown, pointer: string) => {
    if (!s || typeof s !== 'object' || !u || typeof u !== 'object') return;
    const properties = Object.keys(((s as Record<string, unknown>).properties as object | undefined) ?? {});
    const order = (u as Record<string, unknown>)['ui:order'];
    if (Array.isArray(order) && !order.includes('*')) {
      const missing = properties.filter((p) => !order.includes(p));
      const unknown = order.filter((p) => !properties.includes(String(p)));
      if (missing.length) problems.push({ file: 'form.ui.json', field: `${pointer}/ui:order`, message: `misses ${missing.join(', ')} (add them or "*")` });
      if (unknown.length) problems.push({ file: 'form.ui.json', field: `${pointer}/ui:order`, message: `names unknown field(s) ${unknown.join(', ')}` });
    }
    for (const p of properties) walk(((s as Record<string, unknown>).properties as Record<string, unknown>)[p], (u as Record<string, unknown>)[p], `${pointer}/${p}`);
  };
  walk(schema, ui, '');
  return problems;
}

function readJson(file: string, rel: (f: string) => string, problems: ContentProblem[]): Record<string, unknown> | undefined {
  if (!existsSync(file)) {
    problems.push({ file: rel(file), message: 'file is missing' });
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    problems.push({ file: rel(file), message: 'must be a JSON object' });
  } catch (error) {
    problems.push({ file: rel(file), message: `not valid JSON: ${(error as Error).message}` });
  }
  return undefined;
}

/** The sub-schema for a data pointer such as /aanvrager/email, following `properties`. */
export function schemaAt(schema: Record<string, unknown>, pointer: string): Record<string, unknown> | undefined {
  let node: Record<string, unknown> | undefined = schema;
  for (const segment of pointer.split('/').slice(1)) {
    const properties = node?.properties as Record<string, Record<string, unknown>> | undefined;
    node = properties?.[segment];
  }
  return node;
}
