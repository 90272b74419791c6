import { FeelFunction } from 'feelin';
import { makeMessage, type DmnLocation, type DmnMessage } from '../errors.js';
import type { BkmItem, DecisionItem, DrgItem, EvalRuntime, InputDataItem, Requirement, ServiceItem } from '../compile/model-types.js';
import { bindArguments, checkType } from '../compile/typed-value.js';
import type { TraceBuilder } from '../trace/trace-builder.js';
import { isContext } from '../feel/feel-values.js';
import type { TypeDesc } from '../types/type-desc.js';

/** Supplies the raw value of an input data element; undefined when the caller gave none. */
export type InputLookup = (item: InputDataItem) => unknown;

function resultType(type: TypeDesc): TypeDesc {
  // A BKM or decision service variable may be typed as the function itself: check its output type.
  return type.kind === 'function' ? (type.result ?? { kind: 'any', label: 'Any' }) : type;
}

/**
 * State of one evaluation: decision results computed so far (each decision is evaluated at most once),
 * the inputs and the trace. Decision services run in a child runtime with their own results, because
 * their input decisions are replaced by the service's parameters.
 */
export class Runtime implements EvalRuntime {
  private readonly values = new Map<DrgItem, unknown>();
  private readonly evaluating = new Set<DrgItem>();

  constructor(
    readonly trace: TraceBuilder,
    private readonly inputs: InputLookup,
    /** Decisions whose value is given rather than evaluated (decision service input decisions). */
    private readonly overrides: Map<DrgItem, unknown> = new Map(),
  ) {}

  /** Every decision evaluated so far, by name (FEEL values, not their JSON form). */
  decisionResults(): Record<string, unknown> {
    const results: Record<string, unknown> = {};
    for (const [item, value] of this.values) if (item.kind === 'decision') results[item.name] = value;
    return results;
  }

  report(message: DmnMessage): void {
    this.trace.report(message);
  }

  valueOf(item: DrgItem): unknown {
    switch (item.kind) {
      case 'inputData':
        return this.inputValue(item);
      case 'decision':
        return this.decisionValue(item);
      case 'bkm':
        return this.bkmFunction(item);
      case 'decisionService':
        return this.serviceFunction(item);
    }
  }

  scopeFor(requires: Requirement[]): Record<string, unknown> {
    const scope: Record<string, unknown> = {};
    for (const { target, prefix } of requires) {
      const value = this.valueOf(target);
      if (prefix === null) {
        scope[target.name] = value;
      } else {
        const nested = (scope[prefix] ?? {}) as Record<string, unknown>;
        nested[target.name] = value;
        scope[prefix] = nested;
      }
    }
    return scope;
  }

  inputValue(item: InputDataItem): unknown {
    if (this.values.has(item)) return this.values.get(item);
    const raw = this.inputs(item);
    const value = checkType(raw ?? null, item.type, this, { element: item.name });
    this.values.set(item, value);
    this.trace.recordInput(item.name, value);
    return value;
  }

  decisionValue(item: DecisionItem): unknown {
    if (this.overrides.has(item)) return this.overrides.get(item);
    if (this.values.has(item)) return this.values.get(item);
    if (this.evaluating.has(item)) {
      this.report(makeMessage('DEPENDENCY_CYCLE', 'error', 'decision requires itself', { element: item.name }));
      return null;
    }
    this.evaluating.add(item);
    const scope = this.scopeFor(item.requires);
    this.trace.begin(item.name, 'decision', item.requires.map((r) => (r.prefix ? `${r.prefix}.${r.target.name}` : r.target.name)));
    let value: unknown = null;
    try {
      const raw = item.logic ? item.logic(scope, this) : null;
      value = checkType(raw, item.type, this, { element: item.name });
    } catch (error) {
      // A bug in the engine must not take the process down; it becomes a message on this decision.
      this.report(makeMessage('INTERNAL', 'error', error instanceof Error ? error.message : String(error), { element: item.name }));
    }
    this.trace.end(value);
    this.evaluating.delete(item);
    this.values.set(item, value);
    return value;
  }

  bkmFunction(item: BkmItem): FeelFunction {
    const cached = this.values.get(item);
    if (cached instanceof FeelFunction) return cached;
    const names = item.parameters.map((p) => p.name);
    const type = resultType(item.type);
    const fn = new FeelFunction((...args: unknown[]) => {
      this.trace.invoked(item.name);
      const bound = bindArguments(item.parameters, args, this, { element: item.name });
      if (bound === null) return null;
      const local = { ...this.scopeFor(item.requires), ...bound };
      const raw = item.body ? item.body(local, this) : null;
      return checkType(raw, type, this, { element: item.name });
    }, names);
    this.values.set(item, fn);
    return fn;
  }

  serviceFunction(item: ServiceItem): FeelFunction {
    const cached = this.values.get(item);
    if (cached instanceof FeelFunction) return cached;
    const names = item.parameters.map((p) => p.name);
    const fn = new FeelFunction((...args: unknown[]) => {
      this.trace.invoked(item.name);
      const bound = bindArguments(item.parameters, args, this, { element: item.name });
      return bound === null ? null : this.invokeService(item, bound).value;
    }, names);
    this.values.set(item, fn);
    return fn;
  }

  /** Evaluates a decision service with the given parameter values (by name). */
  invokeService(item: ServiceItem, params: Record<string, unknown>): { value: unknown; outputs: Record<string, unknown> } {
    const overrides = new Map<DrgItem, unknown>();
    for (const decision of item.inputDecisions) {
      const where: DmnLocation = { element: item.name, path: `parameter "${decision.name}"` };
      overrides.set(decision, checkType(params[decision.name] ?? null, decision.type, this, where));
    }
    const given = new Map<InputDataItem, unknown>(item.inputData.map((input) => [input, params[input.name] ?? null]));
    const child = new Runtime(this.trace, (input) => given.get(input), overrides);
    this.trace.begin(item.name, 'decisionService', item.parameters.map((p) => p.name));
    const raw: Record<string, unknown> = {};
    for (const decision of item.outputs) raw[decision.name] = child.decisionValue(decision);
    const single = item.outputs.length === 1 ? item.outputs[0] : undefined;
    const value = single ? raw[single.name] : raw;
    const checked = checkType(value, resultType(item.type), this, { element: item.name });
    this.trace.end(checked);
    // The outputs as the caller sees them: after the service's own type check (TCK 0082).
    const outputs = single ? { [single.name]: checked } : isContext(checked) ? checked : {};
    return { value: checked, outputs };
  }
}
