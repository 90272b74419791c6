import { makeMessage, type DmnCode, type DmnLocation } from '../errors.js';
import { compileExpression as compileFeel, type StaticScope } from '../feel/compiled-feel.js';
import type {
  ConditionalNode,
  ContextNode,
  DecisionTableNode,
  ExpressionNode,
  FilterNode,
  FunctionDefinitionNode,
  InvocationNode,
  IteratorNode,
  ListNode,
  LiteralExpressionNode,
  RelationNode,
} from '../load/dmn-elements.js';
import { compileContext, compileList, compileRelation } from './boxed-context.js';
import { compileFunctionDefinition, compileInvocation } from './boxed-function.js';
import { compileConditional, compileFilter, compileIterator } from './boxed-iterators.js';
import { compileDecisionTable } from './decision-table.js';
import type { CompileContext, Evaluator } from './model-types.js';
import { checkType } from './typed-value.js';

const FEEL_LANGUAGES = /feel/i;

export function location(cc: CompileContext, path: string): DmnLocation {
  return path ? { element: cc.element, path } : { element: cc.element };
}

/** A placeholder for a missing or unsupported expression: evaluates to null and says why, every time. */
export function failing(cc: CompileContext, path: string, code: DmnCode, text: string): Evaluator {
  const message = makeMessage(code, code === 'EXPRESSION_MISSING' ? 'warning' : 'error', text, location(cc, path));
  cc.diagnostics.push(message);
  return (_scope, rt) => {
    rt.report(message);
    return null;
  };
}

function compileLiteral(node: LiteralExpressionNode, scope: StaticScope, path: string, cc: CompileContext): Evaluator {
  if (node.expressionLanguage && !FEEL_LANGUAGES.test(node.expressionLanguage)) {
    return failing(cc, path, 'EXPRESSION_UNSUPPORTED', `expression language ${node.expressionLanguage} is not supported`);
  }
  const text = node.text?.trim() ?? '';
  if (text === '') return failing(cc, path, 'EXPRESSION_MISSING', 'empty literal expression');
  const compiled = compileFeel(text, scope, location(cc, path), cc.diagnostics);
  return (values, rt) => compiled.evaluate(values, rt);
}

/** Compiles any boxed expression. `path` says where it sits, for messages and table traces. */
export function compileBoxed(
  node: ExpressionNode | undefined,
  scope: StaticScope,
  path: string,
  cc: CompileContext,
): Evaluator {
  if (!node) return failing(cc, path, 'EXPRESSION_MISSING', 'no decision logic');
  const evaluator = compileUntyped(node, scope, path, cc);
  // A typeRef on the expression itself converts or rejects its value (TCK 0082). Tables type their
  // outputs per output clause and a function definition's typeRef describes the function, so not those.
  if (!node.typeRef || node.$type === 'dmn:DecisionTable' || node.$type === 'dmn:FunctionDefinition') return evaluator;
  const type = cc.types.resolve(node.typeRef, cc.namespace, cc.element);
  if (type.kind === 'any' || type.kind === 'unknown') return evaluator;
  const where = location(cc, path);
  return (values, rt) => checkType(evaluator(values, rt), type, rt, where);
}

function compileUntyped(node: ExpressionNode, scope: StaticScope, path: string, cc: CompileContext): Evaluator {
  switch (node.$type) {
    case 'dmn:LiteralExpression':
      return compileLiteral(node as LiteralExpressionNode, scope, path, cc);
    case 'dmn:DecisionTable':
      return compileDecisionTable(node as DecisionTableNode, scope, path, cc);
    case 'dmn:Context':
      return compileContext(node as ContextNode, scope, path, cc);
    case 'dmn:List':
      return compileList(node as ListNode, scope, path, cc);
    case 'dmn:Relation':
      return compileRelation(node as RelationNode, scope, path, cc);
    case 'dmn:Invocation':
      return compileInvocation(node as InvocationNode, scope, path, cc);
    case 'dmn:FunctionDefinition':
      return compileFunctionDefinition(node as FunctionDefinitionNode, scope, path, cc);
    case 'dmn:Conditional':
      return compileConditional(node as ConditionalNode, scope, path, cc);
    case 'dmn:Filter':
      return compileFilter(node as FilterNode, scope, path, cc);
    case 'dmn:For':
    case 'dmn:Every':
    case 'dmn:Some':
      return compileIterator(node as IteratorNode, scope, path, cc);
    default:
      return failing(cc, path, 'EXPRESSION_UNSUPPORTED', `${node.$type.replace('dmn:', '')} is not supported`);
  }
}

export function joinPath(path: string, step: string): string {
  return path ? `${path} > ${step}` : step;
}
