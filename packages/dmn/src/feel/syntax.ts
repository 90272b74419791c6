import { parseExpression, parseUnaryTests } from 'feelin';

/** lezer syntax tree types, taken from feelin so this package needs no direct @lezer dependency. */
export type SyntaxTree = ReturnType<typeof parseExpression>;
export type SyntaxNode = SyntaxTree['topNode'];

export type FeelDialect = 'expression' | 'unaryTests';

export function parseFeel(text: string, dialect: FeelDialect, shape: Record<string, unknown>): SyntaxTree {
  return dialect === 'expression' ? parseExpression(text, shape, undefined) : parseUnaryTests(text, shape, undefined);
}

export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) out.push(child);
  return out;
}

/** First syntax error in the tree (lezer marks recovered errors with error nodes), or null. */
export function findSyntaxError(tree: SyntaxTree): { from: number; to: number } | null {
  let found: { from: number; to: number } | null = null;
  tree.iterate({
    enter(ref) {
      if (found) return false;
      if (ref.type.isError) {
        found = { from: ref.from, to: ref.to };
        return false;
      }
      return undefined;
    },
  });
  return found;
}

/** Names of all nodes in the tree, for cheap "does this expression contain X" questions. */
export function nodeNames(tree: SyntaxTree): Set<string> {
  const names = new Set<string>();
  tree.iterate({
    enter(ref) {
      names.add(ref.name);
    },
  });
  return names;
}

/** Variable name as feelin resolves it: the identifiers of a VariableName node joined by one space. */
export function variableName(node: SyntaxNode, text: string): string | null {
  const parts: string[] = [];
  for (const child of childrenOf(node)) {
    if (child.name !== 'Identifier') return null;
    parts.push(text.slice(child.from, child.to));
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
