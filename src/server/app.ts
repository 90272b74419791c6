import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from 'helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps.js';
import type { App } from './http/app-type.js';
import { registerErrorHandling } from './http/error-handler.js';
import { sessionPlugin } from './http/session-plugin.js';
import { registerWebStatic } from './http/web-static.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { contactMomentsRoutes } from './modules/contact-moments/contact-moments.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { loketRoutes } from './modules/loket/loket.routes.js';
import { personsRoutes } from './modules/persons/persons.routes.js';
import { platformRoutes } from './modules/platform/platform.routes.js';
import { regelingenRoutes } from './modules/regelingen/regelingen.routes.js';
import { loketApplicationsRoutes } from './modules/applications/applications.routes.js';
import { werkplekApplicationsRoutes } from './modules/applications/werkplek-applications.routes.js';
import { assessmentRoutes } from './modules/assessment/assessment.routes.js';
import { staffRoutes } from './modules/staff/staff.routes.js';
import { DomainError } from './shared/errors.js';
import { text } from './shared/localized.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const requestIdPattern = /^[A-Za-z0-9._:-]{1,64}$/;

/** Assembles the HTTP application from its dependencies; main.ts and the tests both use this. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, logger, metrics } = deps;
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // Accept a caller's request id (from a proxy) when it is harmless, so logs correlate end to end.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON is accepted; anything else is a clear 415 rather than a confusing validation error.
  app.removeContentTypeParser('text/plain');
  registerErrorHandling(app);

  await app.register(cookie);
  // Uploads only (one file per request); the limits are set per request in document-upload-http.ts.
  await app.register(multipart, { throwFileSizeLimit: true });
  // Helmet's middleware is built once here and run on every request. (@fastify/helmet built it anew
  // for each request, parsing the CSP directives every time: a few percent of a busy server's time.)
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  app.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)));
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () =>
      new DomainError('too-many-requests', 'request.too_many', text('Te veel pogingen. Wacht een minuut en probeer het opnieuw.', 'Too many attempts. Wait a minute and try again.')),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Eenloket API',
        version,
        description:
          'API of Eenloket, the digital counter and workspace for the social domain. Errors are RFC 9457 problem+json with messages in Dutch and English. State-changing requests need the session cookie and the x-csrf-token header.',
      },
      servers: [{ url: config.publicUrl }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    metrics.httpDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  app.addHook('onSend', async (request, reply, payload) => {
    // Personal data must not linger in shared caches or the browser's back/forward cache.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  await app.register(sessionPlugin, deps);
  for (const routes of [healthRoutes, platformRoutes, authRoutes, loketRoutes, personsRoutes, contactMomentsRoutes, auditRoutes, staffRoutes, regelingenRoutes, loketApplicationsRoutes, werkplekApplicationsRoutes, assessmentRoutes]) {
    await app.register(routes(deps));
  }
  await registerWebStatic(app, config);
  return app;
}
