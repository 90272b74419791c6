import fc from 'fast-check';
import { evaluate, unaryTest } from 'feelin';
import { describe, expect, it } from 'vitest';
import { compileNode } from '../src/feel/compiler/compile-node.js';
import { compileFastUnaryTests, FALLBACK } from '../src/feel/compiler/unary-fast-path.js';
import { parseFeel } from '../src/feel/syntax.js';

/**
 * The compiled fast path must agree with feelin (the reference interpreter) wherever it answers.
 * Deliberate differences are excluded from the generators and covered by their own tests:
 * boolean-valued names in unary tests are compared with the input (DMN TCK 0036), and numbers are
 * added/multiplied in decimal instead of binary floating point.
 */
const silent = { report: () => undefined };

const numberLiteral = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.tuple(fc.integer({ min: -100, max: 100 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
);
const stringLiteral = fc.constantFrom('"a"', '"b"', '"alleenstaand"', '"GM0363"', '""', '"Z"');
const literal = fc.oneof(numberLiteral, stringLiteral, fc.constantFrom('true', 'false', 'null'));
const endpoint = fc.oneof(numberLiteral, stringLiteral, fc.constant('x'), fc.constant('ctx.limit'));

const simpleTest = fc.oneof(
  literal,
  fc.tuple(fc.constantFrom('<', '<=', '>', '>=', '=', '!='), endpoint).map(([op, v]) => `${op} ${v}`),
  fc.tuple(fc.constantFrom('[', '(', ']'), endpoint, endpoint, fc.constantFrom(']', ')', '[')).map(([o, a, b, c]) => `${o}${a}..${b}${c}`),
  fc.constant('x'),
  fc.constant('ctx.limit'),
);
const unaryTests = fc.oneof(
  fc.constant('-'),
  simpleTest,
  fc.array(simpleTest, { minLength: 2, maxLength: 4 }).map((tests) => tests.join(', ')),
  fc.array(simpleTest, { minLength: 1, maxLength: 3 }).map((tests) => `not(${tests.join(', ')})`),
);

// Boolean values are left out for `x` and `ctx.limit` on purpose (see above).
const scalar = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1000, max: 1000, noNaN: true }), fc.constantFrom('a', 'b', 'alleenstaand', 'GM0363', '', 'Z'), fc.constant(null));
const input = fc.oneof(scalar, fc.boolean());

describe('compiled unary tests agree with feelin', () => {
  it('for literals, comparisons, intervals, lists, not() and names', () => {
    fc.assert(
      fc.property(unaryTests, input, scalar, scalar, (text, value, x, limit) => {
        const tree = parseFeel(text, 'unaryTests', { x: 0, ctx: { limit: 0 } });
        const fast = compileFastUnaryTests(tree, text);
        if (!fast) return; // not in the compiled subset: feelin evaluates it
        const scope = { x, ctx: { limit } };
        const result = fast(value, scope);
        if (result === FALLBACK) return;
        let reference: boolean;
        try {
          reference = unaryTest(text, { ...scope, '?': value }).value === true;
        } catch {
          return; // feelin throws for mixed-type ranges such as [0.."a"]: no reference answer to compare with
        }
        expect({ text, value, x, limit, result }).toEqual({ text, value, x, limit, result: reference });
      }),
      { numRuns: 3000 },
    );
  });
});

// Operands of one type per comparison: FEEL says `"x" < 0` is null where feelin answers false; the
// engine follows the specification there (see arithmetic.test.ts).
const numeric = fc.oneof(fc.integer({ min: -50, max: 50 }).map(String), fc.constantFrom('a', 'b', 'p.q'));
const text = fc.constantFrom('s', 't', '"x"', '"y"');
const operand = fc.oneof(numeric, text);
const comparison = fc.oneof(
  fc.tuple(numeric, fc.constantFrom('<', '<=', '>', '>=', '=', '!='), numeric),
  fc.tuple(text, fc.constantFrom('<', '<=', '>', '>=', '=', '!='), text),
).map(([l, op, r]) => `${l} ${op} ${r}`);
const logical = fc.tuple(comparison, fc.constantFrom('and', 'or'), fc.oneof(comparison, fc.constantFrom('true', 'false', 'null'))).map(([l, op, r]) => `${l} ${op} ${r}`);
const integerArithmetic = fc.oneof(
  fc.tuple(numeric, fc.constantFrom('+', '-', '*'), numeric),
  fc.tuple(text, fc.constant('+'), text),
).map(([l, op, r]) => `${l} ${op} ${r}`);

describe('compiled expressions agree with feelin', () => {
  const scope = (a: number, b: number, q: number | null) => ({ a, b, p: { q }, s: 'x', t: 'y' });

  it('for names, paths, comparisons, and/or and integer arithmetic', () => {
    fc.assert(
      fc.property(fc.oneof(comparison, logical, integerArithmetic, operand), fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }), fc.option(fc.integer({ min: -100, max: 100 })), (source, a, b, q) => {
        const values = scope(a, b, q);
        const compiled = compileNode(parseFeel(source, 'expression', values).topNode, { text: source, where: {} });
        expect(compiled).not.toBeNull();
        const reference = evaluate(source, values).value ?? null;
        expect({ source, values, result: compiled?.(values, silent) ?? null }).toEqual({ source, values, result: reference });
      }),
      { numRuns: 3000 },
    );
  });

  it('differs from feelin on decimals only by binary rounding (and is exact itself)', () => {
    const decimal = fc.tuple(fc.integer({ min: -10000, max: 10000 }), fc.integer({ min: 1, max: 3 })).map(([n, d]) => n / 10 ** d);
    fc.assert(
      fc.property(decimal, decimal, fc.constantFrom('+', '-', '*'), (a, b, op) => {
        const text = `a ${op} b`;
        const compiled = compileNode(parseFeel(text, 'expression', { a, b }).topNode, { text, where: {} });
        const fast = compiled?.({ a, b }, silent) as number;
        const reference = evaluate(text, { a, b }).value as number;
        expect(Math.abs(fast - reference)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(reference)));
      }),
      { numRuns: 2000 },
    );
    const sum = compileNode(parseFeel('0.1 + 0.2', 'expression', {}).topNode, { text: '0.1 + 0.2', where: {} });
    expect(sum?.({}, silent)).toBe(0.3);
  });
});
