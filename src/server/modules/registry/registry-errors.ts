import { DomainError } from '../../shared/errors.js';
import { text, type LocalizedText } from '../../shared/localized.js';

export type RegistryName = 'brp' | 'kvk' | 'income';

/** Why a registry could not answer; for logs and tests, never shown to users. */
export type UnavailableReason =
  | 'timeout'
  | 'connection'
  | 'server-error'
  | 'throttled'
  /** Our credentials or authorization were refused, or the URL is wrong: a configuration problem. */
  | 'refused'
  /** The answer did not match the registry's specification. */
  | 'invalid-response';

const unavailableTexts: Record<RegistryName, LocalizedText> = {
  brp: text(
    'De Basisregistratie Personen is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
    'The Personal Records Database (BRP) cannot be reached right now. Please try again in a few minutes.',
  ),
  kvk: text(
    'Het Handelsregister van de KVK is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
    'The KVK Business Register cannot be reached right now. Please try again in a few minutes.',
  ),
  income: text(
    'De inkomensgegevens zijn nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
    'Income data cannot be reached right now. Please try again in a few minutes.',
  ),
};

/**
 * A base registry did not answer usably: 503 with a plain message. The code stays
 * `registry.unavailable` whatever the reason, so clients need one case; `reason` is for the logs.
 */
export class RegistryUnavailableError extends DomainError {
  constructor(
    readonly registry: RegistryName,
    readonly reason: UnavailableReason,
    options?: { cause?: unknown },
  ) {
    super('unavailable', 'registry.unavailable', unavailableTexts[registry], [], options);
    this.name = 'RegistryUnavailableError';
  }
}

/**
 * The registry refused our request as malformed (HTTP 400 and the like): a bug on our side, so a
 * 500 for the user. The message names the registry's problem code and parameter names only, never
 * values (they may be a BSN).
 */
export class RegistryRequestRejectedError extends Error {
  readonly code = 'registry.request_rejected';
  constructor(
    readonly registry: RegistryName,
    readonly status: number,
    readonly problemCode: string | undefined,
  ) {
    super(`${registry} refused our request with HTTP ${status}${problemCode ? ` (${problemCode})` : ''}`);
    this.name = 'RegistryRequestRejectedError';
  }
}
