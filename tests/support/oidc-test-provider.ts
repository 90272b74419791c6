import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestAccount {
  [claim: string]: unknown;
}

export interface TestIdentityProvider {
  issuer: string;
  /** Registers the client that Eenloket uses; call before the app's first login. */
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (the oidc-provider package) on a loopback port, standing in for
 * the DigiD broker or the municipality's identity provider. Accounts are keyed by subject.
 */
export async function startTestIdentityProvider(options: {
  publicUrl: string;
  callbackPath: string;
  accounts: Record<string, TestAccount>;
  claims: string[];
}): Promise<TestIdentityProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'eenloket-test';
  const clientSecret = 'a-long-client-secret-for-tests-only-0123456789';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${options.publicUrl}${options.callbackPath}`],
        post_logout_redirect_uris: [`${options.publicUrl}/loket`, `${options.publicUrl}/werkplek`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub', ...options.claims] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ['test-cookie-key-0123456789'] },
    findAccount: async (_ctx, sub) => {
      const account = options.accounts[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
    // Consent is the provider's business, not ours: grant what the client asks.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid profile email');
      grant.addOIDCClaims(options.claims);
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Plays the user's part at the provider: follows the authorization URL, logs in as `subject`
 * on the provider's own login form and returns the redirect back to Eenloket's callback.
 */
export async function loginAtProvider(authorizationUrl: string, subject: string): Promise<URL> {
  const jar = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!.trim(), value.join('='));
    }
    return response;
  };
  let location = authorizationUrl;
  for (let hop = 0; hop < 10; hop++) {
    const url = new URL(location, authorizationUrl);
    if (!url.href.startsWith(new URL(authorizationUrl).origin)) return url;
    let response = await send(url.href);
    if (url.pathname.startsWith('/interaction/') && response.status === 200) {
      response = await send(url.href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login: subject, password: 'irrelevant' }).toString(),
      });
    }
    const next = response.headers.get('location');
    if (!next) throw new Error(`provider stopped at ${url.pathname} with ${response.status}: ${(await response.text()).slice(0, 300)}`);
    location = new URL(next, url).href;
  }
  throw new Error('too many redirects at the provider');
}
