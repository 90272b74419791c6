import { makeMessage, type DmnLocation, type DmnMessage } from '../errors.js';
import { parseFeel } from '../feel/syntax.js';
import type { TypeDesc } from '../types/type-desc.js';

const LITERAL_KINDS: Record<string, string> = {
  NumericLiteral: 'number',
  StringLiteral: 'string',
  BooleanLiteral: 'boolean',
};

/** Nodes through which a literal is still a direct operand of the test (not an argument of a call). */
const OPERAND_PATH = new Set(['SimplePositiveUnaryTest', 'Interval', 'PositiveUnaryTest', 'PositiveUnaryTests', 'UnaryTests']);

function builtinName(type: TypeDesc): string | null {
  if (type.kind === 'builtin') return type.name;
  if (type.kind === 'constrained') return builtinName(type.base);
  return null;
}

/**
 * Static check for a rule cell: a literal of another type than the input column (a string "18" in a
 * number column) can never match, which is almost always a modelling mistake worth a warning at load.
 */
export function checkCellLiterals(
  text: string,
  columnType: TypeDesc,
  where: DmnLocation,
  diagnostics: DmnMessage[],
): void {
  const expected = builtinName(columnType);
  if (expected === null || !['number', 'string', 'boolean'].includes(expected)) return;
  const tree = parseFeel(text, 'unaryTests', {});
  const found = new Set<string>();
  tree.iterate({
    enter(ref) {
      const kind = LITERAL_KINDS[ref.name];
      if (!kind) return undefined;
      let parent = ref.node.parent;
      while (parent && OPERAND_PATH.has(parent.name)) parent = parent.parent;
      if (parent === null) found.add(kind);
      return false;
    },
  });
  for (const kind of found) {
    if (kind !== expected) {
      diagnostics.push(
        makeMessage('TYPE_MISMATCH', 'warning', `${kind} literal in a ${expected} column can never match`, where),
      );
    }
  }
}
