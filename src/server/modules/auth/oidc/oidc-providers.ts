import * as oidc from 'openid-client';
import type { AppConfig, OidcClientConfig } from '../../../config/env.js';
import { DomainError } from '../../../shared/errors.js';
import { text } from '../../../shared/localized.js';

export type OidcProviderName = 'digid' | 'staff';

export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcResult {
  claims: Record<string, unknown>;
  idToken: string | undefined;
}

/**
 * One OpenID Connect relying party (authorization code flow with PKCE, via openid-client).
 * Discovery runs on first use and is cached, so an unreachable provider at start-up
 * does not stop the server; a login attempt then gets a clear 503.
 */
export class OidcProvider {
  readonly redirectUri: string;
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(
    readonly name: OidcProviderName,
    readonly settings: OidcClientConfig,
    publicUrl: string,
  ) {
    this.redirectUri = `${publicUrl}/api/auth/${name}/callback`;
  }

  async buildLoginUrl(checks: OidcChecks): Promise<URL> {
    const config = await this.discover();
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: this.settings.scope,
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** Exchanges the code; verifies state, nonce, PKCE and the ID token signature. */
  async exchange(callbackUrl: URL, checks: OidcChecks): Promise<OidcResult> {
    const config = await this.discover();
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const idClaims: Record<string, unknown> = tokens.claims() ?? {};
    let claims: Record<string, unknown> = { ...idClaims };
    // Some brokers deliver attributes such as the BSN only from the userinfo endpoint.
    if (config.serverMetadata().userinfo_endpoint && typeof idClaims.sub === 'string') {
      const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      claims = { ...userinfo, ...idClaims };
    }
    return { claims, idToken: tokens.id_token };
  }

  async buildLogoutUrl(idToken: string, postLogoutRedirectUri: string): Promise<URL | undefined> {
    const config = await this.discover();
    if (!config.serverMetadata().end_session_endpoint) return undefined;
    return oidc.buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: postLogoutRedirectUri });
  }

  private discover(): Promise<oidc.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(this.settings.issuer);
      this.configuration = oidc
        .discovery(issuer, this.settings.clientId, this.settings.clientSecret, undefined, {
          // Plain http only for a loopback provider (tests, local development).
          execute: issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
          timeout: 10,
        })
        .catch((error: unknown) => {
          this.configuration = undefined; // retry discovery on the next login
          throw new DomainError(
            'unavailable',
            'oidc.unavailable',
            text(
              'Inloggen is op dit moment niet mogelijk. Probeer het over een paar minuten opnieuw.',
              'Logging in is not possible right now. Please try again in a few minutes.',
            ),
            [],
            { cause: error },
          );
        });
    }
    return this.configuration;
  }
}

export interface OidcProviders {
  digid: OidcProvider | undefined;
  staff: OidcProvider | undefined;
}

export function createOidcProviders(config: AppConfig): OidcProviders {
  return {
    digid: config.digidOidc ? new OidcProvider('digid', config.digidOidc, config.publicUrl) : undefined,
    staff: config.staffOidc ? new OidcProvider('staff', config.staffOidc, config.publicUrl) : undefined,
  };
}
