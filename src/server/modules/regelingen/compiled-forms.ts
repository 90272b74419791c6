import { compileForm, createAjv, type CompiledForm } from './form-validator.js';
import type { VersionRow } from './regelingen.repository.js';

// Compiling a form (ajv code generation) takes milliseconds; validating with it, microseconds.
// Each version is compiled once per process, keyed by its content hash (a draft that changes gets a new key).
const ajv = createAjv();
const cache = new Map<string, CompiledForm>();

export function compiledFormFor(version: Pick<VersionRow, 'content' | 'contentHash'>): CompiledForm {
  let form = cache.get(version.contentHash);
  if (!form) {
    form = compileForm(ajv, version.content);
    cache.set(version.contentHash, form);
  }
  return form;
}
