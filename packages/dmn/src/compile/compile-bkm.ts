import type { StaticScope } from '../feel/compiled-feel.js';
import type { FunctionDefinitionNode } from '../load/dmn-elements.js';
import { compileParameters } from './boxed-function.js';
import { compileBoxed, failing } from './compile-expression.js';
import type { CompileContext, Evaluator, Parameter } from './model-types.js';
import { extendScope } from './scope-shape.js';

/** A business knowledge model's encapsulated logic: parameters plus a compiled body. */
export function compileFunctionDefinitionBody(
  node: FunctionDefinitionNode | undefined,
  scope: StaticScope,
  cc: CompileContext,
): { parameters: Parameter[]; body: Evaluator } {
  if (!node) {
    return { parameters: [], body: failing(cc, '', 'EXPRESSION_MISSING', 'business knowledge model has no encapsulated logic') };
  }
  const parameters = compileParameters(node, cc);
  const kind = node.kind ?? 'FEEL';
  if (kind !== 'FEEL') {
    return { parameters, body: failing(cc, '', 'EXPRESSION_UNSUPPORTED', `${kind} functions are not supported`) };
  }
  const inner = extendScope(scope, parameters.map((p) => p.name));
  return { parameters, body: compileBoxed(node.body, inner, '', cc) };
}
