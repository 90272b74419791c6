import { evaluate, SyntaxError as FeelSyntaxError, unaryTest, type Warning } from 'feelin';
import { makeMessage, type DmnCode, type DmnLocation, type DmnMessage } from '../errors.js';
import { EXTRA_BUILTINS } from './builtins/extra-builtins.js';
import { compileNode } from './compiler/compile-node.js';
import { compileFastUnaryTests, FALLBACK, type FastUnaryTests, type Scope } from './compiler/unary-fast-path.js';
import { findSyntaxError, parseFeel, type FeelDialect, type SyntaxTree } from './syntax.js';
import { duplicateContextKey, unknownNames } from './static-names.js';

export type { Scope } from './compiler/unary-fast-path.js';

/** Receives runtime messages (FEEL warnings, failures); implemented by the evaluation trace. */
export interface Reporter {
  report(message: DmnMessage): void;
}

/** What the compiler knows about the names visible where an expression is written. */
export interface StaticScope {
  /** Parser hint: names (with nested shapes for contexts) so multi-word names parse correctly. */
  shape: Record<string, unknown>;
  /** When false, names may come from list items or other dynamic places; skip the unknown-name check. */
  complete: boolean;
  /** Item definitions by name, for `instance of` in expressions evaluated by feelin. */
  typeNames?: Record<string, unknown>;
}

export interface CompiledExpression {
  readonly text: string;
  /** true when evaluated by a compiled closure or folded to a constant instead of by feelin. */
  readonly fast: boolean;
  evaluate(scope: Scope, reporter: Reporter): unknown;
}

export interface CompiledUnaryTests {
  readonly text: string;
  readonly fast: boolean;
  /** `-`: matches everything; the table compiler uses this to skip the cell. */
  readonly wildcard: boolean;
  test(input: unknown, scope: Scope, reporter: Reporter): boolean;
}

const WARNING_CODES: Partial<Record<Warning['type'], DmnCode>> = {
  NO_VARIABLE_FOUND: 'VARIABLE_UNKNOWN',
  INVALID_TYPE: 'TYPE_MISMATCH',
};

function reportWarnings(warnings: Warning[], where: DmnLocation, reporter: Reporter): void {
  for (const warning of warnings) {
    reporter.report(
      makeMessage(WARNING_CODES[warning.type] ?? 'FEEL_WARNING', 'warning', `${warning.message} (${warning.type})`, where),
    );
  }
}

/**
 * feelin yields NaN for some invalid combinations (a date times a duration) and Infinity on overflow;
 * FEEL has neither, the result of an invalid operation is null.
 */
function normalise(value: unknown, where: DmnLocation, reporter: Reporter): unknown {
  if (value === undefined) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    reporter.report(makeMessage('EVALUATION_FAILED', 'warning', `invalid arithmetic result (${value}); using null`, where));
    return null;
  }
  return value;
}

function reportFailure(error: unknown, where: DmnLocation, reporter: Reporter): void {
  const isSyntax = error instanceof FeelSyntaxError;
  const detail = error instanceof Error ? error.message : String(error);
  reporter.report(
    makeMessage(isSyntax ? 'FEEL_SYNTAX' : 'EVALUATION_FAILED', 'error', detail, where),
  );
}

/** Parses once and records syntax errors and (when the scope is complete) unknown names as diagnostics. */
function analyse(
  text: string,
  dialect: FeelDialect,
  scope: StaticScope,
  where: DmnLocation,
  diagnostics: DmnMessage[],
): { tree: SyntaxTree; error: DmnMessage | null } {
  const tree = parseFeel(text, dialect, scope.shape);
  const fail = (detail: string): { tree: SyntaxTree; error: DmnMessage } => {
    const error = makeMessage('FEEL_SYNTAX', 'error', detail, where);
    diagnostics.push(error);
    return { tree, error };
  };
  const syntax = findSyntaxError(tree);
  if (syntax) {
    return fail(`FEEL syntax error at position ${syntax.from} near "${text.slice(Math.max(0, syntax.from - 10), syntax.to + 10)}"`);
  }
  const duplicate = duplicateContextKey(tree, text);
  if (duplicate !== null) return fail(`context entry "${duplicate}" is defined twice`);
  if (scope.complete) {
    for (const name of unknownNames(tree, text, scope.shape)) {
      diagnostics.push(makeMessage('VARIABLE_UNKNOWN', 'warning', `unknown variable "${name}"`, where));
    }
  }
  return { tree, error: null };
}

/** An expression that failed analysis: null every time, with the load-time message in the trace. */
function rejected(error: DmnMessage): (values: Scope, reporter: Reporter) => null {
  return (_values, reporter) => {
    reporter.report(error);
    return null;
  };
}

export function compileExpression(
  text: string,
  scope: StaticScope,
  site: DmnLocation,
  diagnostics: DmnMessage[],
): CompiledExpression {
  const where: DmnLocation = { ...site, expression: text };
  const { tree, error } = analyse(text, 'expression', scope, where, diagnostics);
  if (error) return { text, fast: false, evaluate: rejected(error) };
  const typeNames = scope.typeNames && /\binstance\s+of\b/.test(text) ? scope.typeNames : undefined;
  const slow = (values: Scope, reporter: Reporter): unknown => {
    try {
      const { value, warnings } = evaluate(text, { ...EXTRA_BUILTINS, ...typeNames, ...values });
      if (warnings.length > 0) reportWarnings(warnings, where, reporter);
      return normalise(value, where, reporter);
    } catch (error) {
      reportFailure(error, where, reporter);
      return null;
    }
  };
  const compiled = compileNode(tree.topNode, { text, where });
  if (!compiled) return { text, fast: false, evaluate: slow };
  return { text, fast: true, evaluate: compiled };
}

export function compileUnaryTests(
  text: string,
  scope: StaticScope,
  site: DmnLocation,
  diagnostics: DmnMessage[],
): CompiledUnaryTests {
  const trimmed = text.trim();
  // An empty cell means "any value" in practice (modelers leave it blank); treat it like `-`.
  if (trimmed === '' || trimmed === '-') {
    return { text, fast: true, wildcard: true, test: () => true };
  }
  const where: DmnLocation = { ...site, expression: text };
  const { tree, error } = analyse(text, 'unaryTests', scope, where, diagnostics);
  if (error) {
    const reject = rejected(error);
    return { text, fast: false, wildcard: false, test: (_input, values, reporter) => reject(values, reporter) ?? false };
  }
  const slow = (input: unknown, values: Scope, reporter: Reporter): boolean => {
    try {
      const { value, warnings } = unaryTest(text, { ...EXTRA_BUILTINS, ...values, '?': input });
      if (warnings.length > 0) reportWarnings(warnings, where, reporter);
      return value === true;
    } catch (error) {
      reportFailure(error, where, reporter);
      return false;
    }
  };
  const fast: FastUnaryTests | null = compileFastUnaryTests(tree, text);
  if (!fast) return { text, fast: false, wildcard: false, test: slow };
  return {
    text,
    fast: true,
    wildcard: false,
    test(input, values, reporter) {
      const result = fast(input, values);
      return result === FALLBACK ? slow(input, values, reporter) : result;
    },
  };
}
