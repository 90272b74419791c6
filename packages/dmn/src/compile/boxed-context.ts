import type { StaticScope } from '../feel/compiled-feel.js';
import type { ContextNode, ListNode, RelationNode } from '../load/dmn-elements.js';
import { compileBoxed, joinPath, location } from './compile-expression.js';
import type { CompileContext, Evaluator } from './model-types.js';
import { extendScope } from './scope-shape.js';
import { checkType } from './typed-value.js';

/** Boxed context: entries see the entries above them; an entry without a name is the result. */
export function compileContext(node: ContextNode, scope: StaticScope, path: string, cc: CompileContext): Evaluator {
  const entries: { name: string | null; evaluate: Evaluator; check: ReturnType<typeof entryCheck> }[] = [];
  let inner = scope;
  for (const entry of node.contextEntry ?? []) {
    const name = entry.variable?.name ?? null;
    const entryPath = joinPath(path, name === null ? 'context result' : `context entry "${name}"`);
    const evaluate = compileBoxed(entry.value, inner, entryPath, cc);
    entries.push({ name, evaluate, check: entryCheck(entry.variable?.typeRef, entryPath, cc) });
    if (name !== null) inner = extendScope(inner, [name]);
  }
  return (values, rt) => {
    const local = { ...values };
    const result: Record<string, unknown> = {};
    for (const entry of entries) {
      const value = entry.check(entry.evaluate(local, rt), rt);
      if (entry.name === null) return value;
      local[entry.name] = value;
      result[entry.name] = value;
    }
    return result;
  };
}

function entryCheck(typeRef: string | undefined, path: string, cc: CompileContext) {
  const type = cc.types.resolve(typeRef, cc.namespace, cc.element);
  const where = location(cc, path);
  return (value: unknown, rt: Parameters<Evaluator>[1]) => checkType(value, type, rt, where);
}

export function compileList(node: ListNode, scope: StaticScope, path: string, cc: CompileContext): Evaluator {
  const items = (node.elements ?? []).map((element, i) => compileBoxed(element, scope, joinPath(path, `item ${i + 1}`), cc));
  return (values, rt) => items.map((item) => item(values, rt));
}

/** Boxed relation: a list of contexts, one per row, keyed by column name. */
export function compileRelation(node: RelationNode, scope: StaticScope, path: string, cc: CompileContext): Evaluator {
  const columns = (node.column ?? []).map((column) => column.name);
  const rows = (node.row ?? []).map((row, r) =>
    (row.elements ?? []).map((cell, c) => compileBoxed(cell, scope, joinPath(path, `row ${r + 1} column ${c + 1}`), cc)),
  );
  return (values, rt) =>
    rows.map((cells) => {
      const row: Record<string, unknown> = {};
      columns.forEach((column, i) => {
        const cell = cells[i];
        row[column] = cell ? cell(values, rt) : null;
      });
      return row;
    });
}
