import { useCallback, useMemo, useState } from 'react';
import { ApiError } from '../api/problem';
import type { ErrorSummaryProps } from './error-summary';
import { hasErrors, noErrors, problemToFormErrors, type FormErrors, type Message } from './form-errors';
import { useMessage } from './use-message';

/**
 * Error state of one form: field errors (from client checks or the server's invalidParams),
 * general errors, and the props for its ErrorSummary.
 */
const noAliases: Record<string, string> = {};

/** A field of a form: the id of its input (the summary links there) and its label's translation key. */
export interface FieldRef {
  id: string;
  label: string;
  /** The label as text, for labels that come with the content (a regeling's form) instead of a key. */
  text?: string;
}

export function useFormErrors(fields: Record<string, FieldRef>, aliases: Record<string, string> = noAliases) {
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [focusKey, setFocusKey] = useState(0);
  const resolve = useMessage();
  const names = useMemo(() => Object.keys(fields), [fields]);

  const show = useCallback((next: FormErrors) => {
    setErrors(next);
    if (hasErrors(next)) setFocusKey((n) => n + 1);
  }, []);

  /** Shows client-side check results; returns true when the form may be sent. */
  const check = useCallback(
    (fields: Record<string, Message | undefined>) => {
      const found = Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, Message] => Boolean(entry[1])));
      show({ fields: found, general: [] });
      return Object.keys(found).length === 0;
    },
    [show],
  );

  /** Shows a failed request's problem on the form; other errors are rethrown. */
  const showError = useCallback(
    (error: unknown, overrides?: (e: ApiError) => FormErrors | undefined) => {
      if (!(error instanceof ApiError)) throw error;
      show(overrides?.(error) ?? problemToFormErrors(error.problem, names, aliases));
    },
    [show, names, aliases],
  );

  const summary: ErrorSummaryProps = { errors, fields, focusKey };
  return {
    errors,
    summary,
    fieldError: (name: string) => resolve(errors.fields[name]),
    check,
    show,
    showError,
    clear: () => setErrors(noErrors),
  };
}

export type FormErrorsState = ReturnType<typeof useFormErrors>;
