import '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/env.js';

// The __Host- prefix makes the browser refuse the cookie unless it is Secure, host-only and Path=/.
export const sessionCookieName = (config: AppConfig) => (config.secureCookies ? '__Host-eenloket_session' : 'eenloket_session');

export function readSessionCookie(request: FastifyRequest, config: AppConfig): string | undefined {
  return request.cookies[sessionCookieName(config)];
}

export function setSessionCookie(reply: FastifyReply, config: AppConfig, token: string): void {
  reply.setCookie(sessionCookieName(config), token, {
    httpOnly: true,
    secure: config.secureCookies,
    sameSite: 'lax',
    path: '/',
  });
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  reply.clearCookie(sessionCookieName(config), { httpOnly: true, secure: config.secureCookies, sameSite: 'lax', path: '/' });
}
