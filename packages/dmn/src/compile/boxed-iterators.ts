import { FeelRange } from 'feelin';
import { makeMessage } from '../errors.js';
import type { StaticScope } from '../feel/compiled-feel.js';
import { isContext } from '../feel/feel-values.js';
import type { ConditionalNode, FilterNode, IteratorNode } from '../load/dmn-elements.js';
import { compileBoxed, joinPath, location } from './compile-expression.js';
import type { CompileContext, EvalRuntime, Evaluator } from './model-types.js';
import { extendScope } from './scope-shape.js';

function notBoolean(rt: EvalRuntime, where: ReturnType<typeof location>, part: string): null {
  rt.report(makeMessage('TYPE_MISMATCH', 'error', `${part} is not a boolean; the result is null`, where));
  return null;
}

/** DMN 1.5 boxed conditional: true → then, false or null → else, anything else is an error (null). */
export function compileConditional(node: ConditionalNode, scope: StaticScope, path: string, cc: CompileContext): Evaluator {
  const test = compileBoxed(node.if?.value, scope, joinPath(path, 'if'), cc);
  const then = compileBoxed(node.then?.value, scope, joinPath(path, 'then'), cc);
  const otherwise = compileBoxed(node.else?.value, scope, joinPath(path, 'else'), cc);
  const where = location(cc, path);
  return (values, rt) => {
    const condition = test(values, rt);
    if (condition === true) return then(values, rt);
    if (condition === false || condition === null) return otherwise(values, rt);
    return notBoolean(rt, where, 'the condition');
  };
}

/** The items to iterate: a list, the integers of a number range, or a single value as a singleton. */
function iterationItems(value: unknown, rt: EvalRuntime, where: ReturnType<typeof location>): unknown[] | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value;
  if (value instanceof FeelRange) {
    try {
      return value.map((item) => item);
    } catch (error) {
      rt.report(makeMessage('EVALUATION_FAILED', 'error', `cannot iterate range: ${String(error)}`, where));
      return null;
    }
  }
  return [value];
}

/** DMN 1.5 boxed filter: keeps the items of `in` for which `match` is true; `item` and the item's entries are in scope. */
export function compileFilter(node: FilterNode, scope: StaticScope, path: string, cc: CompileContext): Evaluator {
  const source = compileBoxed(node.in?.value, scope, joinPath(path, 'in'), cc);
  const match = compileBoxed(node.match?.value, extendScope(scope, ['item'], false), joinPath(path, 'match'), cc);
  const where = location(cc, path);
  return (values, rt) => {
    const items = iterationItems(source(values, rt), rt, where);
    if (items === null) return null;
    const kept: unknown[] = [];
    for (const item of items) {
      const local = isContext(item) ? { ...values, ...item, item } : { ...values, item };
      const keep = match(local, rt);
      if (keep === true) kept.push(item);
      else if (keep !== false && keep !== null) return notBoolean(rt, where, 'the match expression');
    }
    return kept;
  };
}

/** DMN 1.5 boxed for / some / every. */
export function compileIterator(node: IteratorNode, scope: StaticScope, path: string, cc: CompileContext): Evaluator {
  const variable = node.iteratorVariable ?? 'item';
  const source = compileBoxed(node.in?.value, scope, joinPath(path, 'in'), cc);
  const inner = extendScope(scope, [variable, 'partial']);
  const where = location(cc, path);
  if (node.$type === 'dmn:For') {
    const body = compileBoxed(node.return?.value, inner, joinPath(path, 'return'), cc);
    return (values, rt) => {
      const items = iterationItems(source(values, rt), rt, where);
      if (items === null) return null;
      const partial: unknown[] = [];
      for (const item of items) partial.push(body({ ...values, [variable]: item, partial }, rt));
      return partial;
    };
  }
  const every = node.$type === 'dmn:Every';
  const satisfies = compileBoxed(node.satisfies?.value, inner, joinPath(path, 'satisfies'), cc);
  return (values, rt) => {
    const items = iterationItems(source(values, rt), rt, where);
    if (items === null) return null;
    for (const item of items) {
      const result = satisfies({ ...values, [variable]: item }, rt);
      if (typeof result !== 'boolean') return notBoolean(rt, where, 'the satisfies expression');
      if (result === !every) return !every; // some: first true wins; every: first false wins
    }
    return every;
  };
}
