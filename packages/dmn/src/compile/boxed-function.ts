import { FeelFunction } from 'feelin';
import type { StaticScope } from '../feel/compiled-feel.js';
import type { FunctionDefinitionNode, InvocationNode } from '../load/dmn-elements.js';
import { invoke } from '../feel/compiler/invoke-value.js';
import { compileBoxed, failing, joinPath, location } from './compile-expression.js';
import type { CompileContext, Evaluator, Parameter } from './model-types.js';
import { extendScope } from './scope-shape.js';
import { bindArguments } from './typed-value.js';

export function compileParameters(node: FunctionDefinitionNode, cc: CompileContext): Parameter[] {
  return (node.formalParameter ?? []).map((parameter) => ({
    name: parameter.name,
    type: cc.types.resolve(parameter.typeRef, cc.namespace, cc.element),
  }));
}

/**
 * Builds the JavaScript body of a FEEL function: binds and type-checks the arguments, then evaluates
 * the compiled body. Shared by boxed function definitions and business knowledge models.
 */
export function functionBody(
  parameters: Parameter[],
  body: Evaluator,
  captured: Record<string, unknown>,
  rt: Parameters<Evaluator>[1],
  path: string,
  cc: CompileContext,
): (...args: unknown[]) => unknown {
  const where = location(cc, path);
  return (...args: unknown[]) => {
    const bound = bindArguments(parameters, args, rt, where);
    return bound === null ? null : body({ ...captured, ...bound }, rt);
  };
}

export function compileFunctionDefinition(
  node: FunctionDefinitionNode,
  scope: StaticScope,
  path: string,
  cc: CompileContext,
): Evaluator {
  const kind = node.kind ?? 'FEEL';
  if (kind !== 'FEEL') {
    return failing(cc, path, 'EXPRESSION_UNSUPPORTED', `${kind} functions are not supported`);
  }
  const parameters = compileParameters(node, cc);
  const names = parameters.map((p) => p.name);
  const body = compileBoxed(node.body, extendScope(scope, names), joinPath(path, 'function body'), cc);
  return (values, rt) => new FeelFunction(functionBody(parameters, body, values, rt, path, cc), names);
}

/** Boxed invocation: the called function (usually a BKM name) with named bindings. */
export function compileInvocation(node: InvocationNode, scope: StaticScope, path: string, cc: CompileContext): Evaluator {
  const callee = compileBoxed(node.calledFunction, scope, joinPath(path, 'called function'), cc);
  const bindings = (node.binding ?? []).map((binding) => ({
    name: binding.parameter.name,
    value: binding.bindingFormula
      ? compileBoxed(binding.bindingFormula, scope, joinPath(path, `binding "${binding.parameter.name}"`), cc)
      : null,
  }));
  const where = location(cc, path);
  return (values, rt) => {
    const fn = callee(values, rt);
    const args: Record<string, unknown> = {};
    for (const binding of bindings) args[binding.name] = binding.value ? binding.value(values, rt) : null;
    return invoke(fn, args, rt, where);
  };
}
