import { FeelDate } from 'feelin';
import { isContext } from '../feel-values.js';
import { childrenOf, variableName, type SyntaxNode, type SyntaxTree } from '../syntax.js';
import { compileNode } from './compile-node.js';

/**
 * Compiles the FEEL shapes that make up most decision tables — literals, names, paths, comparisons,
 * intervals, lists of literals and `-` — into plain JavaScript closures, so a table evaluation does not
 * re-parse FEEL on every call (feelin parses and interprets per call).
 *
 * A closure answers only when its operands have the types it was written for and otherwise returns
 * FALLBACK; the caller then evaluates the same text with feelin. That keeps the result identical to
 * feelin's by construction for every case the closure does not cover (tested with fast-check in
 * test/fast-path.property.test.ts).
 */
export const FALLBACK = Symbol('fallback');
export type Fallback = typeof FALLBACK;
export type Scope = Record<string, unknown>;
export type FastExpression = (scope: Scope) => unknown;
export type FastUnaryTests = (input: unknown, scope: Scope) => boolean | Fallback;

type Operand = { constant: true; value: unknown } | { constant: false; read: FastExpression };

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

function literalValue(node: SyntaxNode, text: string): { value: unknown } | null {
  const source = text.slice(node.from, node.to);
  switch (node.name) {
    case 'NumericLiteral': {
      // feelin keeps a leading sign inside the literal; reject anything but plain decimal notation.
      if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(source)) return null;
      const value = Number(source);
      return Number.isFinite(value) ? { value } : null;
    }
    case 'StringLiteral':
      // Escapes (\n, \u…, \") are left to feelin's string parser.
      if (source.includes('\\') || source.length < 2) return null;
      return { value: source.slice(1, -1) };
    case 'BooleanLiteral':
      return { value: source === 'true' };
    case 'null':
      return { value: null };
    default:
      return null;
  }
}

function compileOperand(node: SyntaxNode, text: string): Operand | null {
  const literal = literalValue(node, text);
  if (literal) return { constant: true, value: literal.value };
  const read = compileValue(node, text);
  return read ? { constant: false, read } : null;
}

/** Names and paths (`Applicant.age`), parentheses, literals. */
function compileValue(node: SyntaxNode, text: string): FastExpression | null {
  switch (node.name) {
    case 'Expression':
    case 'ParenthesizedExpression': {
      const inner = childrenOf(node).filter((child) => child.name !== '(' && child.name !== ')');
      return inner.length === 1 && inner[0] ? compileValue(inner[0], text) : null;
    }
    case 'VariableName': {
      const name = variableName(node, text);
      if (name === null) return null;
      return (scope) => {
        const value = Object.hasOwn(scope, name) ? scope[name] : undefined;
        return value === undefined ? FALLBACK : value;
      };
    }
    case 'PathExpression': {
      const [targetNode, dot, pathNode] = childrenOf(node);
      if (!targetNode || dot?.name !== '.' || pathNode?.name !== 'PathName') return null;
      const target = compileValue(targetNode, text);
      const key = variableName(pathNode, text);
      if (!target || key === null) return null;
      return (scope) => {
        const value = target(scope);
        if (!isContext(value) || !Object.hasOwn(value, key)) return FALLBACK;
        const entry = value[key];
        return entry === undefined ? FALLBACK : entry;
      };
    }
    default: {
      const literal = literalValue(node, text);
      if (!literal) return null;
      const value = literal.value;
      return () => value;
    }
  }
}

export function compileFastExpression(tree: SyntaxTree, text: string): FastExpression | null {
  return compileValue(tree.topNode, text);
}

type Ordered = number | string | FeelDate;

/** Orders two operands of the same simple type; undefined when the fast path does not cover them. */
function order(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof FeelDate && b instanceof FeelDate && PLAIN_DATE.test(a.iso) && PLAIN_DATE.test(b.iso)) {
    return a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0;
  }
  return undefined;
}

function isOrdered(value: unknown): value is Ordered {
  return typeof value === 'number' || typeof value === 'string' || value instanceof FeelDate;
}

function operandReader(operand: Operand): FastExpression {
  if (operand.constant) {
    const value = operand.value;
    return () => value;
  }
  return operand.read;
}

type SingleTest = (input: unknown, scope: Scope) => boolean | Fallback;

function compareTest(op: string, endpoint: Operand): SingleTest | null {
  const read = operandReader(endpoint);
  const check: Record<string, (c: number) => boolean> = {
    '<': (c) => c < 0,
    '<=': (c) => c <= 0,
    '>': (c) => c > 0,
    '>=': (c) => c >= 0,
  };
  const holds = check[op];
  if (holds) {
    return (input, scope) => {
      const bound = read(scope);
      if (bound === FALLBACK || !isOrdered(bound)) return FALLBACK;
      if (input === null) return false; // feelin: a null probe is not included in any range
      const c = order(input, bound);
      return c === undefined ? FALLBACK : holds(c);
    };
  }
  if (op === '=' || op === '!=') {
    const negate = op === '!=';
    return (input, scope) => {
      const other = read(scope);
      if (other === FALLBACK) return FALLBACK;
      if (typeof other !== 'number' && typeof other !== 'string') return FALLBACK;
      if (input === null) return negate; // null = x is false, so null != x is true
      if (typeof input !== typeof other) return FALLBACK;
      return (input === other) !== negate;
    };
  }
  return null;
}

function intervalTest(node: SyntaxNode, text: string): SingleTest | null {
  const parts = childrenOf(node);
  if (parts.length !== 5 || parts[2]?.name !== '..') return null;
  const [open, startNode, , endNode, close] = parts;
  if (!open || !startNode || !endNode || !close) return null;
  const start = compileOperand(startNode, text);
  const end = compileOperand(endNode, text);
  if (!start || !end) return null;
  const readStart = operandReader(start);
  const readEnd = operandReader(end);
  const startBracket = text.slice(open.from, open.to) === '[';
  const endBracket = text.slice(close.from, close.to) === ']';
  return (input, scope) => {
    const low = readStart(scope);
    const high = readEnd(scope);
    if (low === FALLBACK || high === FALLBACK || !isOrdered(low) || !isOrdered(high)) return FALLBACK;
    // Descending bounds ([65..18]) are left to feelin, which reads them as the ascending range.
    const bounds = order(low, high);
    if (bounds === undefined || bounds > 0) return FALLBACK;
    if (input === null) return false;
    const cLow = order(input, low);
    const cHigh = order(input, high);
    if (cLow === undefined || cHigh === undefined) return FALLBACK;
    return (startBracket ? cLow >= 0 : cLow > 0) && (endBracket ? cHigh <= 0 : cHigh < 0);
  };
}

function equalityTest(operand: Operand): SingleTest {
  if (operand.constant) {
    const value = operand.value;
    if (typeof value === 'boolean') return (input) => input === value; // feelin compares booleans strictly
    if (value === null) return (input) => input === null;
    return (input) => {
      if (input === null) return false;
      return typeof input === typeof value ? input === value : FALLBACK;
    };
  }
  const read = operand.read;
  return (input, scope) => {
    const value = read(scope);
    if (value === FALLBACK) return FALLBACK;
    // A name or path without `?` is compared with the input, booleans included (TCK 0036);
    // feelin would take a boolean value as the test outcome itself.
    if (typeof value === 'boolean') return input === value;
    if (typeof value !== 'number' && typeof value !== 'string') return FALLBACK;
    if (input === null) return false;
    return typeof input === typeof value ? input === value : FALLBACK;
  };
}

function positiveTest(node: SyntaxNode, text: string): SingleTest | null {
  const [inner, ...rest] = childrenOf(node);
  if (!inner || rest.length > 0) return null;
  if (inner.name === 'SimplePositiveUnaryTest') {
    const parts = childrenOf(inner);
    if (parts.length === 1 && parts[0]?.name === 'Interval') return intervalTest(parts[0], text);
    const [opNode, endpointNode] = parts;
    if (parts.length !== 2 || opNode?.name !== 'CompareOp' || !endpointNode) return null;
    const endpoint = compileOperand(endpointNode, text);
    return endpoint ? compareTest(text.slice(opNode.from, opNode.to), endpoint) : null;
  }
  const operand = compileOperand(inner, text);
  if (operand) return equalityTest(operand);
  return hasQuestionMark(inner) ? questionTest(inner, text) : null;
}

function hasQuestionMark(node: SyntaxNode): boolean {
  return node.name === '?' || childrenOf(node).some(hasQuestionMark);
}

/**
 * A boolean expression of the input, such as `list contains(?, "2020-06")`, compiled. It answers
 * only with a boolean reached without any warning; anything else goes to feelin, whose semantics
 * for other results (and whose warnings) then apply.
 */
function questionTest(node: SyntaxNode, text: string): SingleTest | null {
  const question = { value: null as unknown };
  const compiled = compileNode(node, { text, where: {}, question });
  if (!compiled) return null;
  return (input, scope) => {
    let warned = false;
    question.value = input;
    const result = compiled(scope, { report: () => (warned = true) });
    return !warned && typeof result === 'boolean' ? result : FALLBACK;
  };
}

function positiveTests(node: SyntaxNode, text: string): SingleTest[] | null {
  const tests: SingleTest[] = [];
  for (const child of childrenOf(node)) {
    if (child.name !== 'PositiveUnaryTest') return null;
    const test = positiveTest(child, text);
    if (!test) return null;
    tests.push(test);
  }
  return tests.length > 0 ? tests : null;
}

function anyMatches(tests: SingleTest[]): FastUnaryTests {
  if (tests.length === 1 && tests[0]) return tests[0];
  return (input, scope) => {
    let fallback = false;
    for (const test of tests) {
      const result = test(input, scope);
      if (result === true) return true;
      if (result === FALLBACK) fallback = true;
    }
    return fallback ? FALLBACK : false;
  };
}

export function compileFastUnaryTests(tree: SyntaxTree, text: string): FastUnaryTests | null {
  const parts = childrenOf(tree.topNode);
  const [first] = parts;
  if (!first) return null;
  if (parts.length === 1 && first.name === 'Wildcard') return () => true;
  if (parts.length === 1 && first.name === 'PositiveUnaryTests') {
    const tests = positiveTests(first, text);
    return tests ? anyMatches(tests) : null;
  }
  if (parts.length === 4 && first.name === 'not' && parts[2]?.name === 'PositiveUnaryTests') {
    const tests = positiveTests(parts[2], text);
    if (!tests) return null;
    const any = anyMatches(tests);
    return (input, scope) => {
      const result = any(input, scope);
      return result === FALLBACK ? FALLBACK : !result;
    };
  }
  return null;
}
