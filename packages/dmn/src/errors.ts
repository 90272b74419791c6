/**
 * Stable, machine-readable codes for everything the engine reports. Callers (decision letters, the
 * administrator's model editor) switch on these codes, so they are part of the public API: add new
 * codes, never rename existing ones.
 */
export type DmnCode =
  | 'XML_INVALID'
  | 'NAMESPACE_UNSUPPORTED'
  | 'MODEL_INVALID'
  | 'ELEMENT_UNKNOWN'
  | 'IMPORT_UNRESOLVED'
  | 'DEPENDENCY_CYCLE'
  | 'FEEL_SYNTAX'
  | 'FEEL_WARNING'
  | 'VARIABLE_UNKNOWN'
  | 'TYPE_UNKNOWN'
  | 'TYPE_MISMATCH'
  | 'HIT_POLICY_VIOLATION'
  | 'EXPRESSION_MISSING'
  | 'EXPRESSION_UNSUPPORTED'
  | 'INVOCATION_FAILED'
  | 'EVALUATION_FAILED'
  | 'INTERNAL';

export type DmnSeverity = 'error' | 'warning';

/** Where in a model a message applies. Every field is optional because not every message has all of them. */
export interface DmnLocation {
  /** Name of the decision, business knowledge model or decision service. */
  element?: string;
  /** Path inside the boxed expression, e.g. `context entry "Rate"` or `input 2`. */
  path?: string;
  /** 1-based rule number(s) in a decision table. */
  rules?: number[];
  /** The FEEL text the message is about. */
  expression?: string;
}

/** A plain-JSON message, so it can be stored with a decision and shown to a resident. */
export interface DmnMessage {
  code: DmnCode;
  severity: DmnSeverity;
  message: string;
  location: DmnLocation;
}

/** The only error type the package throws. `messages` holds every problem found, not just the first. */
export class DmnError extends Error {
  readonly code: DmnCode;
  readonly messages: DmnMessage[];

  constructor(code: DmnCode, message: string, messages: DmnMessage[] = []) {
    super(message);
    this.name = 'DmnError';
    this.code = code;
    this.messages = messages;
  }
}

export function describeLocation(location: DmnLocation): string {
  const parts: string[] = [];
  if (location.element !== undefined) parts.push(`"${location.element}"`);
  if (location.path !== undefined) parts.push(location.path);
  if (location.rules !== undefined && location.rules.length > 0) {
    parts.push(`${location.rules.length > 1 ? 'rules' : 'rule'} ${location.rules.join(', ')}`);
  }
  if (location.expression !== undefined) parts.push(`expression \`${location.expression}\``);
  return parts.join(', ');
}

export function makeMessage(
  code: DmnCode,
  severity: DmnSeverity,
  text: string,
  location: DmnLocation,
): DmnMessage {
  const where = describeLocation(location);
  return { code, severity, message: where ? `${where}: ${text}` : text, location };
}
