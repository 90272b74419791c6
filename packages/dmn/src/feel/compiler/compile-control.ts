import { FeelRange } from 'feelin';
import { childrenOf, type SyntaxNode } from '../syntax.js';
import { compileNode, type Compiled, type Cx } from './compile-node.js';
import { builtin } from './names.js';
import { invoke } from './invoke-value.js';

// The control shapes decision models are written in (if/then/else, contexts, for, some/every and
// date/duration constructors with computed arguments), compiled to closures with feelin's own
// semantics; without them every such expression was parsed again by feelin on each evaluation.

/** feelin's truthiness for `if` and quantifiers: anything but false and null. */
const truthy = (value: unknown): boolean => value !== false && value !== null && value !== undefined;

export function compileIf(node: SyntaxNode, cx: Cx): Compiled | null {
  const parts = childrenOf(node);
  if (parts.length !== 6 || parts[0]?.name !== 'if' || parts[2]?.name !== 'then' || parts[4]?.name !== 'else') return null;
  const condition = compileNode(parts[1]!, cx);
  const then = compileNode(parts[3]!, cx);
  const otherwise = compileNode(parts[5]!, cx);
  if (!condition || !then || !otherwise) return null;
  return (scope, reporter) => (truthy(condition(scope, reporter)) ? then(scope, reporter) : otherwise(scope, reporter));
}

/** A Name node's text as feelin reads it: runs of spaces become one. */
const nameText = (node: SyntaxNode, cx: Cx) => cx.text.slice(node.from, node.to).replace(/\s{2,}/g, ' ');

function keyOf(node: SyntaxNode, cx: Cx): string | null {
  const [inner, ...rest] = childrenOf(node);
  if (!inner || rest.length > 0) return null;
  if (inner.name === 'Name') return nameText(inner, cx);
  // A quoted key with escapes is left to feelin.
  const source = cx.text.slice(inner.from, inner.to);
  if (inner.name === 'StringLiteral' && !source.includes('\\')) return source.slice(1, -1);
  return null;
}

/** `{ a: …, b: … }`: each entry sees the entries before it, as in feelin. */
export function compileContext(node: SyntaxNode, cx: Cx): Compiled | null {
  const entries: { key: string; value: Compiled }[] = [];
  for (const child of childrenOf(node)) {
    if (child.name === '{' || child.name === '}') continue;
    if (child.name !== 'ContextEntry') return null;
    const [keyNode, valueNode, ...rest] = childrenOf(child);
    if (!keyNode || keyNode.name !== 'Key' || !valueNode || rest.length > 0) return null;
    const key = keyOf(keyNode, cx);
    const value = compileNode(valueNode, cx);
    if (key === null || !value) return null;
    entries.push({ key, value });
  }
  return (scope, reporter) => {
    const merged: Record<string, unknown> = { ...scope };
    const result: Record<string, unknown> = {};
    for (const { key, value } of entries) {
      const v = value(merged, reporter);
      merged[key] = v;
      result[key] = v;
    }
    return result;
  };
}

/** One `name in expression` (no `a..b` range syntax, no second iteration context). */
function compileIteration(node: SyntaxNode, cx: Cx): { name: string; domain: Compiled } | null {
  const groups = childrenOf(node);
  if (groups.length !== 1 || groups[0]?.name !== 'InExpression') return null;
  const [nameNode, inNode, contextNode, ...rest] = childrenOf(groups[0]);
  if (nameNode?.name !== 'Name' || inNode?.name !== 'in' || contextNode?.name !== 'IterationContext' || rest.length > 0) return null;
  const inner = childrenOf(contextNode);
  if (inner.length !== 1 || !inner[0]) return null;
  const domain = compileNode(inner[0], cx);
  if (!domain) return null;
  return { name: nameText(nameNode, cx), domain };
}

/** The items to iterate over, or null when the domain is neither a list nor a range (feelin: the result is then null). */
function itemsOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  // feelin iterates a range value (an integer range) through its own map.
  if (value instanceof FeelRange) return (value as unknown as { map(fn: (item: unknown) => unknown): unknown[] }).map((item) => item);
  return null;
}

export function compileFor(node: SyntaxNode, cx: Cx): Compiled | null {
  const parts = childrenOf(node);
  if (parts.length !== 4 || parts[0]?.name !== 'for' || parts[1]?.name !== 'InExpressions' || parts[2]?.name !== 'return') return null;
  const iteration = compileIteration(parts[1], cx);
  const body = compileNode(parts[3]!, cx);
  if (!iteration || !body) return null;
  const { name, domain } = iteration;
  return (scope, reporter) => {
    const items = itemsOf(domain(scope, reporter));
    if (!items) return null;
    const partial: unknown[] = [];
    for (const item of items) partial.push(body({ ...scope, [name]: item, partial }, reporter));
    return partial;
  };
}

export function compileQuantified(node: SyntaxNode, cx: Cx): Compiled | null {
  const parts = childrenOf(node);
  const kind = parts[0]?.name;
  if (parts.length !== 4 || (kind !== 'some' && kind !== 'every') || parts[1]?.name !== 'InExpressions' || parts[2]?.name !== 'satisfies') return null;
  const iteration = compileIteration(parts[1], cx);
  const condition = compileNode(parts[3]!, cx);
  if (!iteration || !condition) return null;
  const { name, domain } = iteration;
  return (scope, reporter) => {
    const items = itemsOf(domain(scope, reporter));
    if (!items) return null;
    const holds = (item: unknown) => truthy(condition({ ...scope, [name]: item }, reporter));
    return kind === 'some' ? items.some(holds) : items.every(holds);
  };
}

/** `date(…)`, `duration(…)` and the other constructors with computed arguments. */
export function compileConstructorCall(node: SyntaxNode, cx: Cx): Compiled | null {
  const [constructorNode, open, paramsNode, close, ...rest] = childrenOf(node);
  if (constructorNode?.name !== 'DateTimeConstructor' || open?.name !== '(' || paramsNode?.name !== 'PositionalParameters' || close?.name !== ')' || rest.length > 0) return null;
  const fn = builtin(cx.text.slice(constructorNode.from, constructorNode.to));
  if (!fn) return null;
  const args = childrenOf(paramsNode).map((arg) => compileNode(arg, cx));
  if (args.some((arg) => arg === null)) return null;
  const compiled = args as Compiled[];
  // Constructing a duration formats it with Temporal (slow); FEEL values are immutable, so the
  // value for a given text (a model computes few: "P67M", "P800M") is made once per call site.
  const made = new Map<string, unknown>();
  return (scope, reporter) => {
    const values = compiled.map((arg) => arg(scope, reporter));
    const [text] = values;
    if (values.length !== 1 || typeof text !== 'string') return invoke(fn, values, reporter, cx.where);
    if (made.has(text)) return made.get(text);
    let failed = false;
    const value = invoke(fn, values, { report: (message) => ((failed = true), reporter.report(message)) }, cx.where);
    if (!failed && value !== null) {
      if (made.size >= 256) made.clear();
      made.set(text, value);
    }
    return value;
  };
}
