// Public API of @eenloket/dmn.
export { loadDmn, type LoadOptions } from './load-dmn.js';
export { DmnModel, type EvaluateOptions, type EvaluationResult, type ElementInfo } from './model.js';
export { DmnError, type DmnCode, type DmnLocation, type DmnMessage, type DmnSeverity } from './errors.js';
export type { EvaluationTrace, DecisionTrace, TableTrace, RuleMatch } from './trace/trace-types.js';
export { toJson, type JsonValue } from './feel/to-json.js';
