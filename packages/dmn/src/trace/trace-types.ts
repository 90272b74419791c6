import type { DmnMessage } from '../errors.js';
import type { JsonValue } from '../feel/to-json.js';

/** One matched rule of a decision table: what a decision letter quotes as the motivation. */
export interface RuleMatch {
  /** 1-based rule number as shown in the modeler. */
  rule: number;
  id?: string;
  /** Annotation columns (DMN 1.3 rule annotations) by column name, e.g. { Toelichting: "…" }. */
  annotations?: Record<string, string>;
  output: JsonValue;
}

export interface TableTrace {
  /** Where the table sits, e.g. `Decision "Eligible"` or `BKM "Norm" > context entry "norm"`. */
  table: string;
  hitPolicy: string;
  /** Values of the input columns, by input label or expression. */
  inputs: Record<string, JsonValue>;
  matched: RuleMatch[];
  /** True when no rule matched and the default output entries were used. */
  defaulted?: boolean;
  result: JsonValue;
}

export interface DecisionTrace {
  decision: string;
  kind: 'decision' | 'decisionService';
  /** Names of the input data, decisions and knowledge this decision required. Their values are in the trace too. */
  requires: string[];
  result: JsonValue;
  tables?: TableTrace[];
  /** Business knowledge models and decision services invoked, in order, without repeats. */
  invoked?: string[];
  messages?: DmnMessage[];
  /** How many table traces or messages were left out to keep the trace small. */
  omitted?: number;
}

/** Plain JSON: store it with the decision, render it as "hoe is dit berekend". */
export interface EvaluationTrace {
  inputs: Record<string, JsonValue>;
  decisions: DecisionTrace[];
}
