import fc from 'fast-check';
import { evaluate, unaryTest } from 'feelin';
import { describe, expect, it } from 'vitest';
import { compileNode } from '../src/feel/compiler/compile-node.js';
import { compileFastUnaryTests, FALLBACK } from '../src/feel/compiler/unary-fast-path.js';
import { parseFeel } from '../src/feel/syntax.js';
import { toJson } from '../src/feel/to-json.js';

/**
 * if/then/else, contexts, for, some/every, constructors with computed arguments and boolean
 * expressions of `?` in unary tests are compiled (decision models are full of them); the compiled
 * closures must give feelin's results.
 */
const silent = { report: () => undefined };

const condition = fc.constantFrom('a = null', 'a > 2', 'b', 'b = true', 'M = null', 'count(M) > 1', 'a', 'null', 'true');
const value = fc.constantFrom('a', 'a + 1', 'null', '"x"', 'M', '{ from: a, to: a + 1 }', '{ p: a, q: p * 2 }.q', 'date("2020-01-31") + duration("P" + string(n) + "M")');
const iteration = fc.constantFrom('for m in M return m * 2', 'for m in M return { n: m, twice: m + m }', 'for r in R return r.x', 'some r in R satisfies r.x > 2', 'every r in R satisfies r.x > 0', 'some m in M satisfies m = a', 'for m in M return if m > 1 then m else null');
const expression = fc.oneof(
  fc.tuple(condition, value, value).map(([c, t, e]) => `if ${c} then ${t} else ${e}`),
  iteration,
  fc.tuple(condition, iteration, value).map(([c, i, e]) => `if ${c} then ${i} else ${e}`),
);
const list = fc.oneof(fc.constant(null), fc.array(fc.integer({ min: -3, max: 5 }), { maxLength: 4 }));
const records = fc.oneof(fc.constant(null), fc.array(fc.record({ x: fc.option(fc.integer({ min: -3, max: 5 })) }), { maxLength: 4 }));
const scalar = fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 5 }));

describe('compiled control expressions agree with feelin', () => {
  it('for if/then/else, contexts, for, some/every and date arithmetic', () => {
    fc.assert(
      fc.property(expression, scalar, fc.option(fc.boolean()), list, records, fc.integer({ min: 0, max: 30 }), (source, a, b, M, R, n) => {
        const scope = { a, b, M, R, n };
        const compiled = compileNode(parseFeel(source, 'expression', scope).topNode, { text: source, where: {} });
        expect(compiled, source).not.toBeNull();
        const reference = toJson(evaluate(source, scope).value ?? null);
        expect({ source, scope, result: toJson(compiled!(scope, silent) ?? null) }).toEqual({ source, scope, result: reference });
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});

describe('unary tests with ? agree with feelin where they answer', () => {
  it('for boolean expressions of the input', () => {
    const tests = fc.constantFrom('list contains(?, "a")', 'not(list contains(?, "a"))', 'count(?) > 1', 'string length(?) > 1', '? > 2', 'list contains(?, x)', 'list contains(?, "a"), list contains(?, "b")');
    const input = fc.oneof(fc.constant(null), fc.constantFrom('a', 'abc', 3), fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }));
    fc.assert(
      fc.property(tests, input, fc.constantFrom('a', 'b', null), (text, value, x) => {
        const fast = compileFastUnaryTests(parseFeel(text, 'unaryTests', { x }), text);
        expect(fast, text).not.toBeNull();
        const result = fast!(value, { x });
        if (result === FALLBACK) return;
        expect({ text, value, x, result }).toEqual({ text, value, x, result: unaryTest(text, { x, '?': value }).value === true });
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});
