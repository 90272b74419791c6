import { DmnError, makeMessage, type DmnMessage } from './errors.js';
import type { CompiledModels } from './compile/compile-model.js';
import type { DecisionItem, DrgItem, InputDataItem, ServiceItem } from './compile/model-types.js';
import type { JsonValue } from './feel/to-json.js';
import { toFeelInput } from './runtime/input-values.js';
import { Runtime } from './runtime/runtime.js';
import { TraceBuilder } from './trace/trace-builder.js';
import type { EvaluationTrace } from './trace/trace-types.js';

export interface EvaluateOptions {
  /** Build the explanation trace (default true). Off only for bulk what-if runs. */
  trace?: boolean;
  /** Inputs of imported models, by model namespace, when their names clash with the main model's. */
  inputsByNamespace?: Record<string, Record<string, unknown>>;
}

export interface EvaluationResult {
  /** Result of the requested decision (or decision service). */
  value: unknown;
  /** Results of every decision evaluated on the way, by name. */
  decisions: Record<string, unknown>;
  /** Errors and warnings raised while evaluating (also found in the trace, per decision). */
  messages: DmnMessage[];
  /** True when no error-severity message was raised. */
  ok: boolean;
  trace: EvaluationTrace;
}

export interface ElementInfo {
  name: string;
  id: string;
  namespace: string;
  kind: DrgItem['kind'];
  /** The typeRef as written in the model (e.g. "number", "tAanvrager"). */
  type: string;
}

/** A compiled DMN model: compile once with loadDmn, evaluate as often as needed (thread-safe: no shared state). */
export class DmnModel {
  readonly name: string;
  readonly namespace: string;
  /** Problems found while loading (syntax errors, unknown names, type mismatches). */
  readonly diagnostics: readonly DmnMessage[];

  constructor(private readonly compiled: CompiledModels) {
    this.name = compiled.name;
    this.namespace = compiled.namespace;
    this.diagnostics = compiled.diagnostics;
  }

  /** All decisions, input data, BKMs and decision services of the main model. */
  elements(): ElementInfo[] {
    return [...this.compiled.index.items.values()]
      .filter((item) => item.namespace === this.namespace)
      .map((item) => ({ name: item.name, id: item.id, namespace: item.namespace, kind: item.kind, type: item.type.label }));
  }

  private find<K extends DrgItem['kind']>(name: string, kind: K): Extract<DrgItem, { kind: K }> {
    const item =
      this.compiled.index.find(name, this.namespace, [kind]) ??
      [...this.compiled.index.items.values()].find((candidate) => candidate.kind === kind && candidate.name === name);
    if (!item) throw new DmnError('ELEMENT_UNKNOWN', `no ${kind} named "${name}" in model "${this.name}"`);
    return item as Extract<DrgItem, { kind: K }>;
  }

  private runtime(inputs: Record<string, unknown>, options: EvaluateOptions): Runtime {
    const lookup = (item: InputDataItem): unknown => {
      const raw =
        item.namespace === this.namespace
          ? inputs[item.name]
          : (options.inputsByNamespace?.[item.namespace]?.[item.name] ?? inputs[item.name]);
      return raw === undefined ? undefined : toFeelInput(raw, item.type);
    };
    return new Runtime(new TraceBuilder(options.trace !== false), lookup);
  }

  private result(runtime: Runtime, value: unknown): EvaluationResult {
    const trace = runtime.trace.build();
    const messages = runtime.trace.messages();
    const decisions = runtime.decisionResults();
    return { value, decisions, messages, ok: !messages.some((m) => m.severity === 'error'), trace };
  }

  private guarded(runtime: Runtime, run: () => unknown): EvaluationResult {
    try {
      return this.result(runtime, run());
    } catch (error) {
      // Evaluation must never throw on model content; an engine bug is reported, not propagated.
      runtime.report(makeMessage('INTERNAL', 'error', error instanceof Error ? error.message : String(error), {}));
      return this.result(runtime, null);
    }
  }

  /** Evaluates one decision (and everything it requires). Throws DmnError only for an unknown decision name. */
  evaluate(decision: string, inputs: Record<string, unknown> = {}, options: EvaluateOptions = {}): EvaluationResult {
    const item = this.find(decision, 'decision') as DecisionItem;
    const runtime = this.runtime(inputs, options);
    return this.guarded(runtime, () => runtime.decisionValue(item));
  }

  /** Evaluates every decision of the main model; `value` is a context of all results by name. */
  evaluateAll(inputs: Record<string, unknown> = {}, options: EvaluateOptions = {}): EvaluationResult {
    const runtime = this.runtime(inputs, options);
    return this.guarded(runtime, () => {
      const values: Record<string, unknown> = {};
      for (const item of this.compiled.index.items.values()) {
        if (item.kind === 'decision' && item.namespace === this.namespace) values[item.name] = runtime.decisionValue(item);
      }
      return values;
    });
  }

  /**
   * Invokes a decision service with its parameters (input data and input decisions) by name.
   * `decisions` holds the value of each output decision.
   */
  invokeDecisionService(name: string, parameters: Record<string, unknown> = {}, options: EvaluateOptions = {}): EvaluationResult {
    const item = this.find(name, 'decisionService') as ServiceItem;
    const runtime = this.runtime({}, options);
    const params: Record<string, unknown> = {};
    const all = [...item.inputData, ...item.inputDecisions];
    for (const parameter of all) {
      if (Object.hasOwn(parameters, parameter.name)) params[parameter.name] = toFeelInput(parameters[parameter.name], parameter.type);
    }
    let outputs: Record<string, unknown> = {};
    const result = this.guarded(runtime, () => {
      const invoked = runtime.invokeService(item, params);
      outputs = invoked.outputs;
      return invoked.value;
    });
    return { ...result, decisions: outputs };
  }
}

export type { JsonValue };
