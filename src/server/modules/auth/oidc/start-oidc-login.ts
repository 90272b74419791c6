import * as oidc from 'openid-client';
import type { Db } from '../../../db/database.js';
import { insertLoginState } from '../session.repository.js';
import type { OidcProvider } from './oidc-providers.js';

const LOGIN_STATE_TTL_MS = 10 * 60_000;

/** Only same-site relative paths: an attacker cannot use the login to redirect elsewhere. */
export function safeReturnTo(value: string | undefined, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  return value;
}

/** Stores state, nonce and PKCE verifier and returns the identity provider's authorization URL. */
export async function startOidcLogin(options: { db: Db; provider: OidcProvider; returnTo: string }): Promise<URL> {
  const { db, provider, returnTo } = options;
  const checks = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
  const url = await provider.buildLoginUrl(checks);
  await insertLoginState(db, {
    state: checks.state,
    provider: provider.name,
    codeVerifier: checks.codeVerifier,
    nonce: checks.nonce,
    returnTo,
    expiresAt: new Date(Date.now() + LOGIN_STATE_TTL_MS),
  });
  return url;
}
