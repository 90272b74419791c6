import type { DmnMessage } from '../errors.js';
import { toJson } from '../feel/to-json.js';
import type { DecisionTrace, EvaluationTrace, TableTrace } from './trace-types.js';

/** Per decision, beyond these the trace counts instead of listing (a BKM called in a loop of 10,000). */
const MAX_TABLES = 50;
const MAX_MESSAGES = 50;

interface OpenDecision {
  trace: DecisionTrace;
  messageKeys: Set<string>;
}

/** Collects the trace of one evaluation; decisions nest (a decision service evaluates its own decisions). */
export class TraceBuilder {
  private readonly inputs: EvaluationTrace['inputs'] = {};
  private readonly decisions: DecisionTrace[] = [];
  private readonly stack: OpenDecision[] = [];
  /** Messages raised outside any decision (e.g. while checking inputs). */
  private readonly outside: OpenDecision = {
    trace: { decision: '', kind: 'decision', requires: [], result: null },
    messageKeys: new Set(),
  };

  constructor(private readonly enabled = true) {}

  recordInput(name: string, value: unknown): void {
    if (this.enabled) this.inputs[name] = toJson(value);
  }

  begin(decision: string, kind: DecisionTrace['kind'], requires: string[]): void {
    this.stack.push({ trace: { decision, kind, requires, result: null }, messageKeys: new Set() });
  }

  end(result: unknown): void {
    const open = this.stack.pop();
    if (!open) return;
    open.trace.result = this.enabled ? toJson(result) : null;
    this.decisions.push(open.trace);
  }

  private current(): OpenDecision {
    return this.stack[this.stack.length - 1] ?? this.outside;
  }

  report(message: DmnMessage): void {
    const open = this.current();
    // The same warning from a loop body is one message, not thousands.
    if (open.messageKeys.has(message.message)) return;
    open.messageKeys.add(message.message);
    const messages = (open.trace.messages ??= []);
    if (messages.length < MAX_MESSAGES) messages.push(message);
    else open.trace.omitted = (open.trace.omitted ?? 0) + 1;
  }

  table(table: TableTrace): void {
    if (!this.enabled) return;
    const trace = this.current().trace;
    const tables = (trace.tables ??= []);
    if (tables.length < MAX_TABLES) tables.push(table);
    else trace.omitted = (trace.omitted ?? 0) + 1;
  }

  invoked(name: string): void {
    const trace = this.current().trace;
    const invoked = (trace.invoked ??= []);
    if (!invoked.includes(name)) invoked.push(name);
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  /** All messages, in order of decisions; for the evaluation result. */
  messages(): DmnMessage[] {
    return [...(this.outside.trace.messages ?? []), ...this.decisions.flatMap((d) => d.messages ?? [])];
  }

  build(): EvaluationTrace {
    const outside = this.outside.trace.messages;
    const decisions = outside ? [{ ...this.outside.trace, decision: '(inputs)' }, ...this.decisions] : this.decisions;
    return { inputs: this.inputs, decisions };
  }
}
