import { DmnError, makeMessage, type DmnMessage } from './errors.js';
import { compileModels } from './compile/compile-model.js';
import type { DefinitionsNode } from './load/dmn-elements.js';
import { readDefinitions } from './load/read-definitions.js';
import { DmnModel } from './model.js';

export interface LoadOptions {
  /** Reject the model when loading found any error (syntax errors, broken references); default false. */
  strict?: boolean;
  /** Models imported by the main model (DMN import by namespace), as XML. */
  imports?: string[];
}

/**
 * Parses and compiles a DMN model. Resolves to a DmnModel whose `diagnostics` list what is wrong with it;
 * rejects only with DmnError (XML_INVALID, NAMESPACE_UNSUPPORTED, MODEL_INVALID, or any error in strict mode).
 */
export async function loadDmn(xml: string, options: LoadOptions = {}): Promise<DmnModel> {
  const diagnostics: DmnMessage[] = [];
  const sources = [xml, ...(options.imports ?? [])];
  const models: DefinitionsNode[] = [];
  for (const [i, source] of sources.entries()) {
    const read = await readDefinitions(source, i === 0 ? 'model' : `import ${i}`);
    if (models.some((model) => model.namespace === read.definitions.namespace)) {
      throw new DmnError('MODEL_INVALID', `two models share the namespace ${read.definitions.namespace}`);
    }
    diagnostics.push(...read.warnings);
    models.push(read.definitions);
  }
  let compiled;
  try {
    compiled = compileModels(models, diagnostics);
  } catch (error) {
    // Compilation is written not to throw on model content; if it does, it is an engine bug with a stable code.
    const text = error instanceof Error ? error.message : String(error);
    throw new DmnError('INTERNAL', `compiling the model failed: ${text}`, [makeMessage('INTERNAL', 'error', text, {})]);
  }
  const errors = diagnostics.filter((message) => message.severity === 'error');
  if (options.strict && errors.length > 0) {
    throw new DmnError(errors[0]?.code ?? 'MODEL_INVALID', `model has ${errors.length} error(s): ${errors[0]?.message ?? ''}`, diagnostics);
  }
  return new DmnModel(compiled);
}
