import type { DmnMessage } from '../errors.js';
import type { Reporter, Scope, StaticScope } from '../feel/compiled-feel.js';
import type { TraceBuilder } from '../trace/trace-builder.js';
import type { TypeRegistry } from '../types/type-registry.js';
import type { TypeDesc } from '../types/type-desc.js';

/** What a compiled expression needs at evaluation time: a place to report to and the trace. */
export interface EvalRuntime extends Reporter {
  readonly trace: TraceBuilder;
}

/** A compiled boxed expression. Compiled once per model; called once per evaluation. */
export type Evaluator = (scope: Scope, rt: EvalRuntime) => unknown;

/** Compile-time context threaded through the boxed-expression compilers. */
export interface CompileContext {
  /** Name of the decision, BKM or service being compiled (for messages). */
  element: string;
  namespace: string;
  types: TypeRegistry;
  diagnostics: DmnMessage[];
}

export interface Parameter {
  name: string;
  type: TypeDesc;
}

interface DrgBase {
  id: string;
  name: string;
  namespace: string;
  /** Type of the element's variable (typeRef). */
  type: TypeDesc;
}

export interface InputDataItem extends DrgBase {
  kind: 'inputData';
}

/** A required element and the import prefix it is seen under (null: same model or unnamed import). */
export interface Requirement {
  target: DrgItem;
  prefix: string | null;
}

export interface DecisionItem extends DrgBase {
  kind: 'decision';
  requires: Requirement[];
  logic: Evaluator | null;
}

export interface BkmItem extends DrgBase {
  kind: 'bkm';
  requires: Requirement[];
  parameters: Parameter[];
  body: Evaluator | null;
}

export interface ServiceItem extends DrgBase {
  kind: 'decisionService';
  outputs: DecisionItem[];
  inputDecisions: DecisionItem[];
  inputData: InputDataItem[];
  parameters: Parameter[];
}

export type DrgItem = InputDataItem | DecisionItem | BkmItem | ServiceItem;

export type { Scope, StaticScope };
