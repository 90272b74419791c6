import type { LocalizedText } from './localized.js';
import { text } from './localized.js';

/** What went wrong, independent of transport; the HTTP edge maps each kind to a status once. */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-many-requests'
  | 'unavailable';

export interface FieldError {
  /** Field path as dotted name, e.g. "address.postcode". */
  name: string;
  code: string;
  message: LocalizedText;
}

/** A domain error with a stable code (e.g. "auth.invalid_credentials") and a message in Dutch and English. */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    readonly messages: LocalizedText,
    readonly fieldErrors: FieldError[] = [],
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${messages.en}`, options);
    this.name = 'DomainError';
  }
}

export const notFound = (code: string, messages: LocalizedText) => new DomainError('not-found', code, messages);

export const forbidden = (code = 'auth.forbidden') =>
  new DomainError(
    'forbidden',
    code,
    text('U heeft geen toegang tot deze gegevens of handeling.', 'You do not have access to this data or action.'),
  );

export const unauthenticated = (code = 'auth.unauthenticated') =>
  new DomainError(
    'unauthenticated',
    code,
    text('U bent niet (meer) ingelogd. Log opnieuw in.', 'You are not (or no longer) logged in. Please log in again.'),
  );

export const invalid = (fieldErrors: FieldError[], code = 'validation.invalid') =>
  new DomainError(
    'invalid',
    code,
    text('Een of meer velden zijn niet goed ingevuld.', 'One or more fields are not filled in correctly.'),
    fieldErrors,
  );
