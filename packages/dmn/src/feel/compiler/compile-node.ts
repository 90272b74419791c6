import { evaluate } from 'feelin';
import { makeMessage, type DmnCode, type DmnLocation } from '../../errors.js';
import type { Reporter } from '../compiled-feel.js';
import { childrenOf, variableName, type SyntaxNode } from '../syntax.js';
import { arithmetic, negate, type ArithOp } from './arithmetic.js';
import { compareOp, type CompareOp } from './comparison.js';
import { invoke } from './invoke-value.js';
import { builtin, lookup, property } from './names.js';
import { compileConstructorCall, compileContext, compileFor, compileIf, compileQuantified } from './compile-control.js';

export type Scope = Record<string, unknown>;
/** A compiled FEEL expression: no parsing at evaluation time. */
export type Compiled = (scope: Scope, reporter: Reporter) => unknown;

export interface Cx {
  text: string;
  where: DmnLocation;
  /** In a unary test: holds the input value that `?` stands for while the test runs. */
  question?: { value: unknown };
}

const ARITH_OPS = new Set(['+', '-', '*', '/', '**']);
const COMPARE_OPS = new Set(['=', '!=', '<', '<=', '>', '>=']);

function warn(reporter: Reporter, cx: Cx, code: DmnCode, text: string): null {
  reporter.report(makeMessage(code, 'warning', text, cx.where));
  return null;
}

const source = (node: SyntaxNode, cx: Cx): string => cx.text.slice(node.from, node.to);
const constant = (value: unknown): Compiled => () => value;

/**
 * Offsets DMN does not allow but feelin accepts: beyond ±18:00 (ISO 8601 / java.time limit), or an offset
 * and a zone id together ("+02:00@Europe/Paris").
 */
function invalidOffset(literal: string): string | null {
  const offset = /[+-](\d\d):\d\d(?=@|"|$)/.exec(literal);
  if (offset && Number(offset[1]) > 18) return `time offset ${offset[0]} is out of range`;
  if (/(?:[+-]\d\d:\d\d|Z)@/.test(literal)) return 'a time offset and a time zone together';
  return null;
}

/** Literals whose value feelin computes once at compile time (escapes, @-literals, date("…")). */
function foldLiteral(node: SyntaxNode, cx: Cx): Compiled {
  const text = source(node, cx);
  let folded: { value: unknown; warnings: { message: string }[] };
  const offsetProblem = node.name === 'StringLiteral' ? null : invalidOffset(text);
  try {
    folded = offsetProblem ? { value: null, warnings: [{ message: offsetProblem }] } : evaluate(text, {});
  } catch (error) {
    folded = { value: null, warnings: [{ message: error instanceof Error ? error.message : String(error) }] };
  }
  if (folded.warnings.length === 0) return constant(folded.value ?? null);
  const messages = folded.warnings.map((w) => w.message);
  return (_scope, reporter) => {
    for (const message of messages) warn(reporter, cx, 'FEEL_WARNING', message);
    return null;
  };
}

function hasVariables(node: SyntaxNode): boolean {
  if (node.name === 'VariableName' || node.name === '?' || node.name === 'PathName') return true;
  return childrenOf(node).some(hasVariables);
}

function compileArithmetic(node: SyntaxNode, cx: Cx): Compiled | null {
  const parts = childrenOf(node);
  if (parts.length === 2 && parts[0]?.name === 'ArithOp' && parts[1]) {
    const operand = compileNode(parts[1], cx);
    if (!operand) return null;
    return (scope, reporter) => {
      const value = operand(scope, reporter);
      if (value === null) return null;
      const result = negate(value);
      return result === undefined ? warn(reporter, cx, 'TYPE_MISMATCH', `cannot negate ${typeName(value)}`) : result;
    };
  }
  const [leftNode, opNode, rightNode] = parts;
  if (parts.length !== 3 || !leftNode || !rightNode || opNode?.name !== 'ArithOp') return null;
  const op = source(opNode, cx) === '^' ? '**' : source(opNode, cx);
  if (!ARITH_OPS.has(op)) return null;
  const left = compileNode(leftNode, cx);
  const right = compileNode(rightNode, cx);
  if (!left || !right) return null;
  return (scope, reporter) => {
    const a = left(scope, reporter);
    const b = right(scope, reporter);
    if (a === null || b === null) return warn(reporter, cx, 'TYPE_MISMATCH', `${op} with null operand`);
    const result = arithmetic(op as ArithOp, a, b);
    if (result === undefined) return warn(reporter, cx, 'TYPE_MISMATCH', `cannot apply ${op} to ${typeName(a)} and ${typeName(b)}`);
    return result;
  };
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return (value as object).constructor.name.replace(/^Feel/, '').toLowerCase() || 'context';
  return typeof value;
}

function compileComparison(node: SyntaxNode, cx: Cx): Compiled | null {
  const [leftNode, opNode, rightNode, ...rest] = childrenOf(node);
  if (rest.length > 0 || !leftNode || !rightNode || opNode?.name !== 'CompareOp') return null;
  const op = source(opNode, cx) as CompareOp;
  if (!COMPARE_OPS.has(op)) return null;
  const left = compileNode(leftNode, cx);
  const right = compileNode(rightNode, cx);
  if (!left || !right) return null;
  return (scope, reporter) => compareOp(op, left(scope, reporter), right(scope, reporter));
}

function compileLogic(node: SyntaxNode, cx: Cx, isAnd: boolean): Compiled | null {
  const [leftNode, , rightNode] = childrenOf(node);
  if (!leftNode || !rightNode) return null;
  const left = compileNode(leftNode, cx);
  const right = compileNode(rightNode, cx);
  if (!left || !right) return null;
  // FEEL three-valued logic; both sides are evaluated, as in feelin (order of warnings stays the same).
  return (scope, reporter) => {
    const l = left(scope, reporter);
    const r = right(scope, reporter);
    const a = typeof l === 'boolean' ? l : null;
    const b = typeof r === 'boolean' ? r : null;
    if (isAnd) return a === false || b === false ? false : a === true && b === true ? true : null;
    return a === true || b === true ? true : a === false && b === false ? false : null;
  };
}

function compileName(node: SyntaxNode, cx: Cx): Compiled | null {
  const name = variableName(node, cx.text);
  if (name === null) return null;
  const fallback = builtin(name);
  return (scope, reporter) => {
    const value = lookup(scope, name);
    if (value !== undefined) return value;
    if (fallback) return fallback;
    return warn(reporter, cx, 'VARIABLE_UNKNOWN', `variable "${name}" not found`);
  };
}

function compilePath(node: SyntaxNode, cx: Cx): Compiled | null {
  const [targetNode, dot, pathNode] = childrenOf(node);
  if (!targetNode || dot?.name !== '.' || pathNode?.name !== 'PathName') return null;
  const target = compileNode(targetNode, cx);
  const key = variableName(pathNode, cx.text);
  if (!target || key === null) return null;
  const step = (value: unknown, reporter: Reporter): unknown => {
    const found = property(value, key);
    return found === undefined ? warn(reporter, cx, 'FEEL_WARNING', `no entry "${key}" in ${typeName(value)}`) : found;
  };
  return (scope, reporter) => {
    const value = target(scope, reporter);
    return Array.isArray(value) ? value.map((item) => step(item, reporter)) : step(value, reporter);
  };
}

function compileInvocation(node: SyntaxNode, cx: Cx): Compiled | null {
  const [calleeNode, , paramsNode] = childrenOf(node);
  if (!calleeNode || !paramsNode) return null;
  const callee = compileNode(calleeNode, cx);
  if (!callee) return null;
  if (paramsNode.name === 'PositionalParameters') {
    const args = childrenOf(paramsNode).map((arg) => compileNode(arg, cx));
    if (args.some((arg) => arg === null)) return null;
    const compiled = args as Compiled[];
    return (scope, reporter) => invoke(callee(scope, reporter), compiled.map((arg) => arg(scope, reporter)), reporter, cx.where);
  }
  if (paramsNode.name === 'NamedParameters') {
    const named: { name: string; value: Compiled }[] = [];
    for (const param of childrenOf(paramsNode)) {
      const [nameNode, valueNode] = childrenOf(param);
      const value = valueNode ? compileNode(valueNode, cx) : null;
      if (!nameNode || !value) return null;
      named.push({ name: source(nameNode, cx).trim().replace(/\s+/g, ' '), value });
    }
    return (scope, reporter) => {
      const args: Record<string, unknown> = {};
      for (const param of named) args[param.name] = param.value(scope, reporter);
      return invoke(callee(scope, reporter), args, reporter, cx.where);
    };
  }
  return null;
}

/** Compiles one syntax node; null means "not in the compiled subset" and the caller uses feelin. */
export function compileNode(node: SyntaxNode, cx: Cx): Compiled | null {
  switch (node.name) {
    case 'Expression':
    case 'ParenthesizedExpression': {
      const inner = childrenOf(node).filter((child) => child.name !== '(' && child.name !== ')');
      return inner.length === 1 && inner[0] ? compileNode(inner[0], cx) : null;
    }
    case 'NumericLiteral': {
      const value = Number(source(node, cx));
      return Number.isFinite(value) ? constant(value) : null;
    }
    case 'BooleanLiteral':
      return constant(source(node, cx) === 'true');
    case 'null':
      return constant(null);
    case 'StringLiteral':
    case 'AtLiteral':
      return foldLiteral(node, cx);
    case 'DateTimeLiteral':
      return hasVariables(node) ? compileConstructorCall(node, cx) : foldLiteral(node, cx);
    case 'IfExpression':
      return compileIf(node, cx);
    case 'Context':
      return compileContext(node, cx);
    case 'ForExpression':
      return compileFor(node, cx);
    case 'QuantifiedExpression':
      return compileQuantified(node, cx);
    case 'VariableName':
      return compileName(node, cx);
    case '?': {
      const question = cx.question;
      return question ? () => question.value : null;
    }
    case 'PathExpression':
      return compilePath(node, cx);
    case 'ArithmeticExpression':
      return compileArithmetic(node, cx);
    case 'Comparison':
      return compileComparison(node, cx);
    case 'Conjunction':
      return compileLogic(node, cx, true);
    case 'Disjunction':
      return compileLogic(node, cx, false);
    case 'FunctionInvocation':
      return compileInvocation(node, cx);
    case 'List': {
      const items = childrenOf(node)
        .filter((child) => child.name !== '[' && child.name !== ']')
        .map((child) => compileNode(child, cx));
      if (items.some((item) => item === null)) return null;
      const compiled = items as Compiled[];
      return (scope, reporter) => compiled.map((item) => item(scope, reporter));
    }
    default:
      return null;
  }
}

