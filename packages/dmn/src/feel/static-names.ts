import { childrenOf, variableName, type SyntaxTree } from './syntax.js';

/** Constructs that introduce names of their own; expressions using them are not checked statically. */
const BINDERS = new Set(['ForExpression', 'QuantifiedExpression', 'FunctionDefinition', 'FilterExpression', 'Context']);

/**
 * Names an expression reads that are not in scope. Deliberately conservative: it only looks at
 * expressions without local binders, and ignores function names (builtins are resolved by feelin).
 * Anything it misses is still reported at evaluation time as a FEEL warning.
 */
export function unknownNames(tree: SyntaxTree, text: string, shape: Record<string, unknown>): string[] {
  const unknown: string[] = [];
  let hasBinder = false;
  tree.iterate({
    enter(ref) {
      if (BINDERS.has(ref.name)) {
        hasBinder = true;
        return false;
      }
      if (ref.name !== 'VariableName') return undefined;
      const node = ref.node;
      const parent = node.parent;
      const isCallee = parent?.name === 'FunctionInvocation' && parent.firstChild?.from === node.from;
      const name = variableName(node, text);
      if (!isCallee && name !== null && !Object.hasOwn(shape, name) && !unknown.includes(name)) unknown.push(name);
      return false;
    },
  });
  return hasBinder ? [] : unknown;
}

/** A key that occurs twice in one FEEL context literal ({a: 1, a: 2} is an error in FEEL), or null. */
export function duplicateContextKey(tree: SyntaxTree, text: string): string | null {
  let duplicate: string | null = null;
  tree.iterate({
    enter(ref) {
      if (duplicate !== null || ref.name !== 'Context') return duplicate === null ? undefined : false;
      const keys = new Set<string>();
      for (const entry of childrenOf(ref.node)) {
        const key = entry.name === 'ContextEntry' ? entry.firstChild : null;
        if (!key) continue;
        const name = text.slice(key.from, key.to).trim().replace(/^"(.*)"$/, '$1');
        if (keys.has(name)) duplicate = name;
        keys.add(name);
      }
      return undefined;
    },
  });
  return duplicate;
}
