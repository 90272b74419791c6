import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { problemSchema } from '../../http/problem.js';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from '../../http/session-cookie.js';
import { DomainError } from '../../shared/errors.js';
import {
  callbackQuery,
  demoPersonaSchema,
  digidTestLoginBody,
  logoutResponse,
  returnToQuery,
  sessionInfoSchema,
  staffLoginBody,
} from './auth.schema.js';
import { digidTestDisabled, loginDigidTest } from './login-digid-test.js';
import { loginStaffLocal } from './login-staff-local.js';
import { logout, logoutEverywhere } from './logout.js';
import { completeOidcLogin } from './oidc/complete-oidc-login.js';
import type { OidcProvider, OidcProviderName } from './oidc/oidc-providers.js';
import { safeReturnTo, startOidcLogin } from './oidc/start-oidc-login.js';
import { deleteSession, type SessionRow } from './session.repository.js';
import type { IssuedSession } from './sessions.js';

const tags = ['Inloggen'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 429: problemSchema };

export function authRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { config, database, oidc, registry, metrics } = deps;
  const db = database.db;
  const loginRateLimit = { rateLimit: { max: 20, timeWindow: '1 minute' } };

  return async (app) => {
    app.get(
      '/api/auth/session',
      { schema: { tags, summary: 'The current session and its CSRF token', response: { 200: sessionInfoSchema } } },
      async (request) =>
        request.session.state === 'valid' ? sessionInfo(request.session.row, request.session.idleExpiresAt) : { authenticated: false },
    );

    app.post(
      '/api/auth/staff/login',
      {
        config: loginRateLimit,
        schema: { tags, summary: 'Staff login with a local account', body: staffLoginBody, response: { 200: sessionInfoSchema, ...errors } },
      },
      async (request, reply) => {
        try {
          const issued = await loginStaffLocal({ db, config, ...request.body, requestId: request.id });
          metrics.logins.inc({ method: 'staff-local', outcome: 'success' });
          return startSession(request, reply, issued);
        } catch (error) {
          metrics.logins.inc({ method: 'staff-local', outcome: 'failure' });
          throw error;
        }
      },
    );

    app.get(
      '/api/auth/digid-test/residents',
      { schema: { tags, summary: 'Demo residents for the DigiD test login (embedded default only)', response: { 200: z.array(demoPersonaSchema), 404: problemSchema } } },
      async () => {
        if (!config.digidTestLogin) throw digidTestDisabled();
        return registry.demoPersonas();
      },
    );

    app.post(
      '/api/auth/digid-test/login',
      {
        config: loginRateLimit,
        schema: { tags, summary: 'DigiD test login as a demo resident (embedded default only)', body: digidTestLoginBody, response: { 200: sessionInfoSchema, ...errors } },
      },
      async (request, reply) => {
        const issued = await loginDigidTest({ db, config, registry, bsn: request.body.bsn, requestId: request.id });
        metrics.logins.inc({ method: 'digid-test', outcome: 'success' });
        return startSession(request, reply, issued);
      },
    );

    for (const name of ['digid', 'staff'] as const) {
      const home = name === 'digid' ? '/loket' : '/werkplek';
      app.get(
        `/api/auth/${name}/login`,
        {
          config: loginRateLimit,
          schema: { tags, summary: `Start the OpenID Connect login (${name === 'digid' ? 'DigiD broker' : 'staff identity provider'})`, querystring: returnToQuery },
        },
        async (request, reply) => {
          const provider = requireProvider(oidc[name], name);
          const url = await startOidcLogin({ db, provider, returnTo: safeReturnTo(request.query.returnTo, home) });
          return reply.redirect(url.href, 303);
        },
      );

      app.get(
        `/api/auth/${name}/callback`,
        { schema: { tags, summary: 'OpenID Connect redirect back from the identity provider', querystring: callbackQuery } },
        async (request, reply) => {
          const provider = requireProvider(oidc[name], name);
          const callbackUrl = new URL(request.url, config.publicUrl);
          try {
            const { issued, returnTo } = await completeOidcLogin({ db, config, provider, registry, callbackUrl, requestId: request.id, logger: request.log });
            metrics.logins.inc({ method: `${name}-oidc`, outcome: 'success' });
            await endPreviousSession(request);
            setSessionCookie(reply, config, issued.token);
            return reply.redirect(returnTo, 303);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            metrics.logins.inc({ method: `${name}-oidc`, outcome: 'failure' });
            // A browser arrives here by redirect: show the login page with the reason, not JSON.
            return reply.redirect(`${home}/inloggen?fout=${encodeURIComponent(error.code)}`, 303);
          }
        },
      );
    }

    app.post(
      '/api/auth/logout',
      { schema: { tags, summary: 'Log out of this session', response: { 200: logoutResponse, 401: problemSchema, 403: problemSchema } } },
      async (request, reply) => {
        const token = readSessionCookie(request, config) ?? '';
        const result = await logout({ db, ctx: request.context(), token });
        clearSessionCookie(reply, config);
        const provider = result.authMethod === 'digid-oidc' ? oidc.digid : result.authMethod === 'staff-oidc' ? oidc.staff : undefined;
        const home = request.principal?.kind === 'staff' ? '/werkplek' : '/loket';
        const redirect = provider && result.idToken ? await provider.buildLogoutUrl(result.idToken, `${config.publicUrl}${home}`) : undefined;
        return redirect ? { redirectTo: redirect.href } : {};
      },
    );

    app.post(
      '/api/auth/logout-everywhere',
      {
        schema: {
          tags,
          summary: 'End all sessions of the logged-in person on every device',
          response: { 200: z.object({ sessionsEnded: z.number().int() }), 401: problemSchema, 403: problemSchema },
        },
      },
      async (request, reply) => {
        const sessionsEnded = await logoutEverywhere({ db, ctx: request.context() });
        clearSessionCookie(reply, config);
        return { sessionsEnded };
      },
    );
  };

  async function startSession(request: FastifyRequest, reply: FastifyReply, issued: IssuedSession) {
    await endPreviousSession(request);
    setSessionCookie(reply, config, issued.token);
    return sessionInfo(issued.row, new Date(issued.row.lastSeenAt.getTime() + config.session.idleMinutes * 60_000));
  }

  /** A new login in the same browser replaces the session it had, instead of leaving it valid in the database. */
  async function endPreviousSession(request: FastifyRequest) {
    if (request.session.state === 'valid') await deleteSession(db, request.session.row.tokenHash);
  }
}

function sessionInfo(row: SessionRow, idleExpiresAt: Date) {
  return {
    authenticated: true,
    principal: { kind: row.kind, displayName: row.displayName, roles: row.roles as never, authMethod: row.authMethod },
    csrfToken: row.csrfToken,
    idleExpiresAt: idleExpiresAt.toISOString(),
    absoluteExpiresAt: row.absoluteExpiresAt.toISOString(),
  };
}

function requireProvider(provider: OidcProvider | undefined, name: OidcProviderName): OidcProvider {
  if (provider) return provider;
  throw new DomainError('not-found', 'auth.method_disabled', {
    nl: `Inloggen via ${name === 'digid' ? 'DigiD' : 'de organisatie'} is niet ingesteld.`,
    en: `Login through ${name === 'digid' ? 'DigiD' : 'the organisation'} is not configured.`,
  });
}
