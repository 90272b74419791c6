import type { AssessmentDefinition } from '../regelingen/regeling-content.schema.js';
import type { AssessmentMessage } from './assessment.tables.js';
import type { ModelOutcome } from './evaluate-model.js';

/**
 * The straight-through rule: only a grant, only when the model says so (route "automatisch"), only
 * without any error (model, inputs, parameters), and, where the version computes an amount, only a
 * positive one. A rejection or a partial grant is never decided without a person.
 */
export function isStraightThrough(outcome: ModelOutcome, definition: AssessmentDefinition, messages: AssessmentMessage[]): boolean {
  if (outcome.route !== 'automatisch' || outcome.eligible !== true) return false;
  if (!outcome.ok || messages.some((m) => m.severity === 'error')) return false;
  return !definition.decisions.amount || (outcome.amount !== null && outcome.amount > 0);
}
