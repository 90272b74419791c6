import { timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.js';
import type { Principal, RequestContext } from '../modules/auth/principal.js';
import { resolveSession, type SessionLookup } from '../modules/auth/sessions.js';
import { DomainError } from '../shared/errors.js';
import { text } from '../shared/localized.js';
import { clearSessionCookie, readSessionCookie } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionLookup;
    principal: Principal | undefined;
    context(): RequestContext;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the session cookie on every API request and guards state-changing requests:
 * an expired session gets a clear 401, a cross-site request a 403, and a logged-in request
 * without the session's CSRF token (header x-csrf-token) a 403.
 */
export const sessionPlugin = fp(async (app: FastifyInstance, deps: AppDeps) => {
  const { config, database } = deps;
  const publicOrigin = new URL(config.publicUrl).origin;

  // Fastify wants null defaults for object decorators; onRequest sets the real value.
  app.decorateRequest('session', null as never);
  app.decorateRequest('principal', undefined);
  app.decorateRequest('context', function (this: FastifyRequest): RequestContext {
    return { principal: this.principal, requestId: this.id };
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) {
      request.session = { state: 'none' };
      return;
    }
    request.session = await resolveSession({ db: database.db, token: readSessionCookie(request, config), policy: config.session });
    request.principal = request.session.state === 'valid' ? request.session.principal : undefined;
    if (request.session.state === 'expired') clearSessionCookie(reply, config);
    if (!unsafeMethods.has(request.method)) return;

    if (isCrossSite(request, publicOrigin)) throw csrfError('csrf.cross_site');
    if (request.session.state === 'expired') {
      throw new DomainError(
        'unauthenticated',
        'session.expired',
        text('Uw sessie is verlopen. Log opnieuw in; wat u had opgeslagen is bewaard.', 'Your session has expired. Please log in again; what you saved is kept.'),
      );
    }
    if (request.session.state === 'valid') {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent.length === 0) throw csrfError('csrf.missing');
      if (!safeEqual(sent, request.session.row.csrfToken)) throw csrfError('csrf.invalid');
    }
  });
});

function isCrossSite(request: FastifyRequest, publicOrigin: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site') return true;
  const origin = request.headers.origin;
  return typeof origin === 'string' && origin !== 'null' && origin !== publicOrigin && !isLoopbackAlias(origin, publicOrigin);
}

// localhost and 127.0.0.1 are the same machine in the quick start; treat them as one origin there only.
function isLoopbackAlias(origin: string, publicOrigin: string): boolean {
  try {
    const a = new URL(origin);
    const b = new URL(publicOrigin);
    const loop = (h: string) => h === 'localhost' || h === '127.0.0.1' || h === '[::1]';
    return loop(a.hostname) && loop(b.hostname) && a.port === b.port && a.protocol === b.protocol;
  } catch {
    return false;
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function csrfError(code: string) {
  return new DomainError(
    'forbidden',
    code,
    text(
      'Dit verzoek is geweigerd ter beveiliging. Vernieuw de pagina en probeer het opnieuw.',
      'This request was refused for security reasons. Refresh the page and try again.',
    ),
  );
}
