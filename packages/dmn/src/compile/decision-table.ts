import { evaluate } from 'feelin';
import { makeMessage, type DmnLocation } from '../errors.js';
import {
  compileExpression,
  compileUnaryTests,
  type CompiledExpression,
  type CompiledUnaryTests,
  type StaticScope,
} from '../feel/compiled-feel.js';
import { feelEquals } from '../feel/feel-values.js';
import { toJson } from '../feel/to-json.js';
import type { DecisionTableNode, OutputClauseNode } from '../load/dmn-elements.js';
import type { TableTrace } from '../trace/trace-types.js';
import type { TypeDesc } from '../types/type-desc.js';
import { failing, location } from './compile-expression.js';
import { applyHitPolicy, parseHitPolicy, type Hit } from './hit-policies.js';
import type { CompileContext, EvalRuntime, Evaluator } from './model-types.js';
import { checkCellLiterals } from './table-checks.js';
import { checkType } from './typed-value.js';

interface InputColumn {
  label: string;
  expression: CompiledExpression;
  allowed: CompiledUnaryTests | null;
  /** Distinct cell texts of this column: equal cells are tested once per evaluation. */
  tests: CompiledUnaryTests[];
  /** Offset of this column's tests in the per-evaluation memo. */
  offset: number;
}

interface OutputColumn {
  name: string;
  type: TypeDesc;
  allowed: CompiledUnaryTests | null;
  /** Output values in listed order, for PRIORITY and OUTPUT ORDER. */
  order: unknown[];
  defaultEntry: CompiledExpression | null;
}

interface Rule {
  index: number;
  id: string | undefined;
  /** Per input column: index into that column's tests, or -1 for `-`. */
  cells: number[];
  outputs: CompiledExpression[];
  annotations: Record<string, string> | undefined;
}

function outputOrder(clause: OutputClauseNode): unknown[] {
  const text = clause.outputValues?.text?.trim();
  if (!text) return [];
  try {
    const { value } = evaluate(`[${text}]`, {});
    return Array.isArray(value) ? value : [];
  } catch {
    return []; // ranges or expressions as output values give no order; PRIORITY then falls back to rule order
  }
}

function compileTests(text: string | undefined, scope: StaticScope, where: DmnLocation, cc: CompileContext): CompiledUnaryTests | null {
  const trimmed = text?.trim();
  return trimmed ? compileUnaryTests(trimmed, scope, where, cc.diagnostics) : null;
}

export function compileDecisionTable(node: DecisionTableNode, scope: StaticScope, path: string, cc: CompileContext): Evaluator {
  const tablePath = path || 'decision table';
  const where = location(cc, tablePath);
  const hitPolicy = parseHitPolicy(node.hitPolicy, node.aggregation);
  if (!hitPolicy) {
    return failing(cc, tablePath, 'MODEL_INVALID', `unknown hit policy "${node.hitPolicy ?? ''}" ${node.aggregation ?? ''}`);
  }
  let offset = 0;
  const inputs: InputColumn[] = (node.input ?? []).map((clause, i) => {
    const text = clause.inputExpression?.text?.trim() ?? '';
    const label = clause.label ?? (text || `input ${i + 1}`);
    const columnWhere = { ...where, path: `${tablePath}, input ${i + 1} "${label}"` };
    const column: InputColumn = {
      label,
      expression: compileExpression(text || 'null', scope, columnWhere, cc.diagnostics),
      allowed: compileTests(clause.inputValues?.text, scope, columnWhere, cc),
      tests: [],
      offset: 0,
    };
    return column;
  });
  const inputTypes = (node.input ?? []).map((clause) => cc.types.resolve(clause.inputExpression?.typeRef, cc.namespace, cc.element));
  const outputs: OutputColumn[] = (node.output ?? []).map((clause, i) => ({
    name: clause.name ?? `output ${i + 1}`,
    type: cc.types.resolve(clause.typeRef, cc.namespace, cc.element),
    allowed: compileTests(clause.outputValues?.text, scope, { ...where, path: `${tablePath}, output "${clause.name ?? i + 1}"` }, cc),
    order: outputOrder(clause),
    defaultEntry: clause.defaultOutputEntry?.text?.trim()
      ? compileExpression(clause.defaultOutputEntry.text.trim(), scope, { ...where, path: `${tablePath}, default output` }, cc.diagnostics)
      : null,
  }));
  const annotationNames = (node.annotation ?? []).map((clause, i) => clause.name ?? `annotation ${i + 1}`);

  const rules: Rule[] = (node.rule ?? []).map((rule, r) => {
    const ruleWhere: DmnLocation = { ...where, rules: [r + 1] };
    const entries = rule.inputEntry ?? [];
    if (entries.length !== inputs.length || (rule.outputEntry ?? []).length !== outputs.length) {
      cc.diagnostics.push(makeMessage('MODEL_INVALID', 'error', `rule has ${entries.length} input and ${(rule.outputEntry ?? []).length} output entries; the table has ${inputs.length} and ${outputs.length}`, ruleWhere));
    }
    const cells = inputs.map((column, i) => {
      const text = entries[i]?.text ?? '-';
      const cellWhere = { ...ruleWhere, path: `${tablePath}, input ${i + 1} "${column.label}"` };
      const known = column.tests.findIndex((test) => test.text === text);
      if (known >= 0) return column.tests[known]?.wildcard ? -1 : known;
      const test = compileUnaryTests(text, scope, cellWhere, cc.diagnostics);
      if (test.wildcard) return -1;
      checkCellLiterals(text, inputTypes[i] ?? { kind: 'any', label: 'Any' }, { ...cellWhere, expression: text }, cc.diagnostics);
      column.tests.push(test);
      return column.tests.length - 1;
    });
    const ruleOutputs = outputs.map((column, i) => {
      const text = rule.outputEntry?.[i]?.text?.trim() || 'null';
      const compiled = compileExpression(text, scope, { ...ruleWhere, path: `${tablePath}, output "${column.name}"` }, cc.diagnostics);
      return compiled;
    });
    const annotations = annotationNames.length > 0
      ? Object.fromEntries(annotationNames.map((name, i) => [name, rule.annotationEntry?.[i]?.text ?? '']))
      : undefined;
    return { index: r, id: rule.id, cells, outputs: ruleOutputs, annotations };
  });
  for (const column of inputs) {
    column.offset = offset;
    offset += column.tests.length;
  }
  const memoSize = offset;
  const multiOutput = outputs.length > 1;
  const stopAtFirst = hitPolicy.policy === 'FIRST';

  const ruleOutput = (rule: Rule, values: Record<string, unknown>, rt: EvalRuntime): Hit => {
    const priorities: number[] = [];
    const results = outputs.map((column, i) => {
      const where2 = { ...where, rules: [rule.index + 1], path: `${tablePath}, output "${column.name}"` };
      const raw = rule.outputs[i]?.evaluate(values, rt) ?? null;
      let value = checkType(raw, column.type, rt, where2);
      if (value !== null && column.allowed && !column.allowed.test(value, values, rt)) {
        rt.report(makeMessage('TYPE_MISMATCH', 'error', `output ${JSON.stringify(toJson(value))} is not one of the output values`, where2));
        value = null;
      }
      const position = column.order.findIndex((allowed) => feelEquals(allowed, value) === true);
      priorities.push(position < 0 ? Infinity : position);
      return value;
    });
    const output = multiOutput ? Object.fromEntries(outputs.map((column, i) => [column.name, results[i]])) : results[0] ?? null;
    return { index: rule.index, output, priorities };
  };

  return (values, rt) => {
    const inputValues = inputs.map((column) => column.expression.evaluate(values, rt));
    for (const [i, column] of inputs.entries()) {
      const value = inputValues[i];
      if (column.allowed && value !== null && !column.allowed.test(value, values, rt)) {
        rt.report(makeMessage('TYPE_MISMATCH', 'error', `input value ${JSON.stringify(toJson(value))} is not one of the input values`, { ...where, path: `${tablePath}, input ${i + 1} "${column.label}"` }));
        return null;
      }
    }
    const memo = new Int8Array(memoSize);
    const hits: Hit[] = [];
    for (const rule of rules) {
      let matches = true;
      for (let c = 0; c < inputs.length && matches; c++) {
        const cell = rule.cells[c] ?? -1;
        if (cell < 0) continue;
        const column = inputs[c] as InputColumn;
        const slot = column.offset + cell;
        let state = memo[slot];
        if (state === 0) {
          state = (column.tests[cell] as CompiledUnaryTests).test(inputValues[c] ?? null, values, rt) ? 1 : 2;
          memo[slot] = state;
        }
        matches = state === 1;
      }
      if (!matches) continue;
      hits.push(ruleOutput(rule, values, rt));
      if (stopAtFirst) break;
    }
    let result: unknown;
    let used: Hit[];
    let defaulted = false;
    if (hits.length === 0 && outputs.some((column) => column.defaultEntry !== null)) {
      const defaults = outputs.map((column) => column.defaultEntry?.evaluate(values, rt) ?? null);
      result = multiOutput ? Object.fromEntries(outputs.map((column, i) => [column.name, defaults[i]])) : defaults[0];
      used = [];
      defaulted = true;
    } else {
      ({ value: result, used } = applyHitPolicy(hitPolicy.policy, hitPolicy.aggregation, hits, rt, where));
      if (hits.length === 0 && hitPolicy.policy !== 'COLLECT') result = null;
    }
    if (rt.trace.isEnabled) rt.trace.table(tableTrace(tablePath, hitPolicy, inputs, inputValues, used, rules, defaulted, result));
    return result;
  };
}

function tableTrace(
  table: string,
  hitPolicy: { policy: string; aggregation: string | null },
  inputs: InputColumn[],
  inputValues: unknown[],
  used: Hit[],
  rules: Rule[],
  defaulted: boolean,
  result: unknown,
): TableTrace {
  const trace: TableTrace = {
    table,
    hitPolicy: hitPolicy.aggregation ? `${hitPolicy.policy} ${hitPolicy.aggregation}` : hitPolicy.policy,
    inputs: Object.fromEntries(inputs.map((column, i) => [column.label, toJson(inputValues[i])])),
    matched: used.map((hit) => {
      const rule = rules[hit.index];
      return {
        rule: hit.index + 1,
        ...(rule?.id ? { id: rule.id } : {}),
        ...(rule?.annotations ? { annotations: rule.annotations } : {}),
        output: toJson(hit.output),
      };
    }),
    result: toJson(result),
  };
  if (defaulted) trace.defaulted = true;
  return trace;
}
