import { FeelFunction, FeelRange } from 'feelin';
import { makeMessage, type DmnLocation } from '../../errors.js';
import type { Reporter } from '../compiled-feel.js';

function isInvocationFailure(value: unknown): value is { template: string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { warning?: unknown }).warning === 'string' &&
    typeof (value as { template?: unknown }).template === 'string'
  );
}

/**
 * Invokes a FEEL function value with positional or named arguments using feelin's own binding rules
 * (FeelFunction.invoke), so built-ins and user functions behave exactly as under feelin.
 */
export function invoke(target: unknown, args: unknown[] | Record<string, unknown>, reporter: Reporter, where: DmnLocation): unknown {
  const fail = (text: string): null => {
    reporter.report(makeMessage('INVOCATION_FAILED', 'warning', text, where));
    return null;
  };
  let result: unknown;
  try {
    if (target instanceof FeelFunction) result = target.invoke(args);
    else if (target instanceof FeelRange) result = Array.isArray(args) && args.length === 1 ? target.includes(args[0]) : fail('a range takes one argument');
    else if (typeof target === 'function') {
      const params = (target as { $args?: string[] }).$args;
      // A host function without declared parameter names can only be called positionally.
      if (params) result = new FeelFunction(target as (...a: unknown[]) => unknown, params).invoke(args);
      else if (Array.isArray(args)) result = (target as (...a: unknown[]) => unknown)(...args);
      else return fail('named arguments need declared parameter names');
    } else {
      return fail(`cannot invoke ${target === null ? 'null' : typeof target}`);
    }
  } catch (error) {
    // feelin built-ins throw for a few unsupported inputs (e.g. negative years); that is a null result.
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (isInvocationFailure(result)) {
    reporter.report(makeMessage('INVOCATION_FAILED', 'warning', result.template, where));
    return null;
  }
  if (typeof result === 'number' && !Number.isFinite(result)) return null;
  return result ?? null;
}
