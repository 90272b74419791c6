import type { AppConfig } from '../../../config/env.js';
import type { Db } from '../../../db/database.js';
import { isValidBsn } from '../../../shared/bsn.js';
import { DomainError } from '../../../shared/errors.js';
import { text } from '../../../shared/localized.js';
import { appendAuditEntries } from '../../audit/audit.repository.js';
import type { PersonRegistry } from '../../registry/person-registry.js';
import { findStaffByOidc, insertStaffUser, updateStaffUser } from '../../staff/staff.repository.js';
import { takeLoginState } from '../session.repository.js';
import { createSession, type IssuedSession } from '../sessions.js';
import type { OidcProvider } from './oidc-providers.js';
import { extractBsn, mapStaffRoles } from './staff-claims.js';

const loginFailed = (code: string, nl: string, en: string) => new DomainError('unauthenticated', code, text(nl, en));

/**
 * Handles the identity provider's redirect back: takes the stored state once, exchanges the code
 * (state, nonce and PKCE are verified by openid-client) and creates a resident or staff session.
 */
export async function completeOidcLogin(options: {
  db: Db;
  config: AppConfig;
  provider: OidcProvider;
  registry: PersonRegistry;
  callbackUrl: URL;
  requestId: string;
  logger: { warn(details: object, message: string): void };
}): Promise<{ issued: IssuedSession; returnTo: string }> {
  const { db, provider, callbackUrl } = options;
  if (callbackUrl.searchParams.has('error')) {
    throw loginFailed('oidc.cancelled', 'Het inloggen is afgebroken.', 'Logging in was cancelled.');
  }
  const stateParam = callbackUrl.searchParams.get('state') ?? '';
  const stored = await takeLoginState(db, stateParam, new Date());
  if (!stored || stored.provider !== provider.name) {
    throw loginFailed('oidc.state_invalid', 'Deze inlogpoging is verlopen. Probeer het opnieuw.', 'This login attempt has expired. Please try again.');
  }
  let result;
  try {
    result = await provider.exchange(callbackUrl, { state: stored.state, nonce: stored.nonce, codeVerifier: stored.codeVerifier });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    options.logger.warn({ err: error, provider: provider.name }, 'OIDC code exchange failed');
    throw loginFailed('oidc.failed', 'Inloggen is niet gelukt. Probeer het opnieuw.', 'Logging in failed. Please try again.');
  }
  const issued =
    provider.name === 'digid'
      ? await residentSession(options, result.claims, result.idToken)
      : await staffSession(options, result.claims, result.idToken);
  return { issued, returnTo: stored.returnTo };
}

async function residentSession(
  options: Parameters<typeof completeOidcLogin>[0],
  claims: Record<string, unknown>,
  idToken: string | undefined,
): Promise<IssuedSession> {
  const { db, config, registry, requestId } = options;
  const bsn = extractBsn(claims[config.digidOidc?.bsnClaim ?? 'bsn']);
  if (!bsn || !isValidBsn(bsn)) {
    throw loginFailed('oidc.bsn_missing', 'DigiD gaf geen geldig BSN door.', 'DigiD did not provide a valid BSN.');
  }
  const person = await registry.findByBsn(bsn);
  const displayName = person?.name.full ?? 'Inwoner';
  return db.transaction(async (tx) => {
    const issued = await createSession({
      tx,
      policy: config.session,
      principal: { kind: 'resident', bsn, displayName, authMethod: 'digid-oidc', ...(idToken ? { idToken } : {}) },
    });
    await appendAuditEntries(tx, [
      {
        actor: { type: 'resident', id: issued.row.id, name: displayName, role: 'inwoner' },
        action: 'session.login',
        subjectBsn: bsn,
        requestId,
        details: { method: 'digid-oidc', sessionId: issued.row.id, acr: typeof claims.acr === 'string' ? claims.acr : null },
      },
    ]);
    return issued;
  });
}

async function staffSession(
  options: Parameters<typeof completeOidcLogin>[0],
  claims: Record<string, unknown>,
  idToken: string | undefined,
): Promise<IssuedSession> {
  const { db, config, provider, requestId } = options;
  const settings = config.staffOidc!;
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  const roles = mapStaffRoles(claims[settings.rolesClaim], settings.roleMap);
  const claimedName = claims[settings.nameClaim];
  const displayName = typeof claimedName === 'string' && claimedName ? claimedName : subject;
  if (roles.length === 0) {
    throw new DomainError(
      'forbidden',
      'auth.no_roles',
      text('U heeft geen rol in Eenloket. Vraag uw functioneel beheerder om toegang.', 'You have no role in Eenloket. Ask your functional administrator for access.'),
    );
  }
  return db.transaction(async (tx) => {
    const issuer = provider.settings.issuer;
    const email = typeof claims.email === 'string' ? claims.email : null;
    const existing = await findStaffByOidc(tx, issuer, subject);
    if (existing && !existing.active) {
      throw new DomainError('forbidden', 'auth.account_inactive', text('Uw account is uitgeschakeld.', 'Your account has been disabled.'));
    }
    const now = new Date();
    // The identity provider is the source of truth for name and roles; refresh them at every login.
    const user = existing
      ? (await updateStaffUser(tx, existing.id, { displayName, roles, email, lastLoginAt: now }))!
      : await insertStaffUser(tx, { displayName, roles, email, oidcIssuer: issuer, oidcSubject: subject, lastLoginAt: now });
    const issued = await createSession({
      tx,
      policy: config.session,
      now,
      principal: { kind: 'staff', staffUserId: user.id, displayName, roles, authMethod: 'staff-oidc', ...(idToken ? { idToken } : {}) },
    });
    await appendAuditEntries(tx, [
      {
        actor: { type: 'staff', id: user.id, name: displayName, role: roles.join(',') },
        action: 'session.login',
        requestId,
        details: { method: 'staff-oidc', sessionId: issued.row.id, provisioned: !existing },
      },
    ]);
    return issued;
  });
}
