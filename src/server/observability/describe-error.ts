import { DrizzleQueryError } from 'drizzle-orm';
import { scrubText } from './scrub.js';

const MAX_MESSAGE_LENGTH = 1000;

// Deliberately broad (anything@host.tld, also inside <…>): a false positive costs a word in a log
// line, a miss leaks an address. SMTP replies quote the refused address ("550 <a@b.nl> unknown").
// No "/" on either side, so stack frames like node_modules/@scope/pkg/index.js stay readable.
const EMAIL_ADDRESS = /[^\s<>()[\]\\,;:"'@/]+@[^\s<>()[\]\\,;:"'@/]+\.[a-z]{2,}/gi;

/** Replaces email addresses and BSN-like numbers, so error text can go to logs and job output. */
export function scrubPersonalData(value: string): string {
  return scrubText(value.replace(EMAIL_ADDRESS, '[email]'));
}

/**
 * The error's message without personal data, at most 1000 characters: what is logged, kept in
 * pg-boss's job output and in a row's last_error. The original error stays in the process.
 */
export function safeErrorMessage(error: unknown): string {
  return scrubPersonalData(errorText(error)).slice(0, MAX_MESSAGE_LENGTH);
}

function errorText(error: unknown): string {
  // Drizzle's message lists the query's parameter values (names, addresses, texts): keep the query
  // and the database's own reason, drop the values.
  if (error instanceof DrizzleQueryError) {
    const reason = error.cause instanceof Error ? error.cause.message : 'unknown cause';
    return `DrizzleQueryError: Failed query: ${error.query} (${reason})`;
  }
  return error instanceof Error ? `${error.name}: ${error.message}` : `Non-error thrown: ${String(error)}`;
}

/** Fields for a log line about a failure: type, code, scrubbed message and stack; never the error object itself. */
export function describeErrorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: safeErrorMessage(error) };
  const { code, responseCode } = error as Error & { code?: unknown; responseCode?: unknown };
  const frames = stackFrames(error);
  return {
    // Drizzle's errors keep the name "Error"; their class says more.
    type: error.name === 'Error' ? error.constructor.name : error.name,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof responseCode === 'number' ? { responseCode } : {}),
    message: safeErrorMessage(error),
    ...(frames ? { stack: scrubPersonalData(frames) } : {}),
  };
}

// Frames only: a stack starts with the message, and Drizzle's message holds parameter values.
function stackFrames(error: Error): string | undefined {
  const stack = error.stack ?? '';
  const start = stack.indexOf('\n    at ');
  return start >= 0 ? stack.slice(start + 1) : undefined;
}
