import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './app-type.js';
import type { AppConfig } from '../config/env.js';
import { text } from '../shared/localized.js';
import { sendProblem } from './error-handler.js';

export const webDistDir = resolve(import.meta.dirname, '../../../dist/web');
export const defaultThemeDir = resolve(import.meta.dirname, '../../../themes/voorbeeldstad');

/**
 * Serves the two web areas from the Vite build: Mijn loket at /loket and Werkplek at /werkplek.
 * Client-side routes fall back to the area's index.html; the municipality's theme is under /theme.
 */
export async function registerWebStatic(app: App, config: AppConfig): Promise<void> {
  await app.register(fastifyStatic, {
    root: resolve(config.themeDir ?? defaultThemeDir),
    prefix: '/theme/',
    decorateReply: false,
    index: false,
    maxAge: '1h',
  });
  const built = existsSync(join(webDistDir, 'loket', 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: join(webDistDir, 'assets'), prefix: '/assets/', decorateReply: false, immutable: true, maxAge: '365d' });
  }
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.redirect('/loket', 302));

  for (const area of ['loket', 'werkplek'] as const) {
    // Read once: the page is small and changes only with a new build (and a restart).
    const html = built ? readFileSync(join(webDistDir, area, 'index.html'), 'utf8') : undefined;
    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      if (!html) {
        return sendProblem(request, reply, 503, 'web.not_built', text('De webapp is nog niet gebouwd: voer `npm run build` uit.', 'The web app has not been built: run `npm run build`.'));
      }
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
    };
    app.get(`/${area}`, { schema: { hide: true } }, handler);
    app.get(`/${area}/*`, { schema: { hide: true } }, handler);
  }
}
