import { toJson } from '../feel/to-json.js';
import { makeMessage, type DmnLocation } from '../errors.js';
import type { Reporter } from '../feel/compiled-feel.js';
import { coerce } from '../types/conformance.js';
import type { TypeDesc } from '../types/type-desc.js';

/** Applies a typeRef to a value: converts where DMN allows, else null plus a TYPE_MISMATCH message. */
export function checkType(value: unknown, type: TypeDesc, reporter: Reporter, where: DmnLocation): unknown {
  if (type.kind === 'any' || type.kind === 'unknown') return value ?? null;
  const result = coerce(value, type);
  if (!result.ok) {
    const shown = JSON.stringify(toJson(value));
    const text = `value ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown} does not conform to type ${type.label}; using null`;
    reporter.report(makeMessage('TYPE_MISMATCH', 'error', text, where));
  }
  return result.value;
}

/**
 * Binds the arguments of a function call (BKM, decision service, boxed function definition) to its
 * parameters. A missing positional argument or one that does not conform to the parameter's type makes
 * the whole invocation fail (null), as FEEL and the TCK (0082, 0085) expect; no silent null parameter.
 */
export function bindArguments(
  parameters: ReadonlyArray<{ name: string; type: TypeDesc }>,
  args: unknown[],
  reporter: Reporter,
  where: DmnLocation,
): Record<string, unknown> | null {
  if (args.length < parameters.length) {
    reporter.report(makeMessage('INVOCATION_FAILED', 'error', `expects ${parameters.length} argument(s), got ${args.length}`, where));
    return null;
  }
  const bound: Record<string, unknown> = {};
  for (const [i, parameter] of parameters.entries()) {
    const result = coerce(args[i] ?? null, parameter.type);
    if (!result.ok) {
      const shown = JSON.stringify(toJson(args[i]));
      reporter.report(makeMessage('TYPE_MISMATCH', 'error', `argument "${parameter.name}" = ${shown} does not conform to type ${parameter.type.label}`, where));
      return null;
    }
    bound[parameter.name] = result.value;
  }
  return bound;
}
