import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiRequest, configureApiClient, setCsrfToken, type ResponseMeta } from '../api/api-client';
import type { ApiError } from '../api/problem';
import type { Principal, PublicConfig, SessionInfo } from '../api/types';
import { afterActivity, clockFromSession, type IdleClock } from './idle-clock';
import { broadcastActivity, onActivityElsewhere } from './activity-broadcast';

/** Why the last session ended; the login page says so. */
export type SessionEnd = { reason: 'expired' } | { reason: 'logged-out' } | { reason: 'logged-out-everywhere'; count: number };

interface SessionContextValue {
  config: PublicConfig;
  principal: Principal | undefined;
  clock: IdleClock | undefined;
  ended: SessionEnd | undefined;
  /** Call with the response of a login request. */
  loggedIn(info: SessionInfo, meta: ResponseMeta): void;
  /** Ends the session here (e.g. the idle time ran out) and tells the server. */
  expire(): void;
  logout(): Promise<void>;
  logoutEverywhere(): Promise<void>;
  /** "Stay logged in": a request that counts as activity, and the fresh expiry times. */
  keepAlive(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/**
 * Loads the public configuration and the current session, keeps the CSRF token for the API
 * client and follows the session's expiry. Children render only once both are known.
 */
export function SessionProvider(props: { children: ReactNode; loading: ReactNode; failed: (error: ApiError, retry: () => void) => ReactNode }) {
  const { i18n } = useTranslation();
  const [config, setConfig] = useState<PublicConfig | undefined>();
  const [loadError, setLoadError] = useState<ApiError | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [principal, setPrincipal] = useState<Principal | undefined>();
  const [clock, setClock] = useState<IdleClock | undefined>();
  const [ended, setEnded] = useState<SessionEnd | undefined>();

  const apply = useCallback((info: SessionInfo, meta: ResponseMeta, options: { fresh: boolean; idleMs?: number }) => {
    if (!info.authenticated || !info.principal || !info.idleExpiresAt || !info.absoluteExpiresAt) {
      setCsrfToken(undefined);
      setPrincipal(undefined);
      setClock(undefined);
      return;
    }
    setCsrfToken(info.csrfToken);
    setPrincipal(info.principal);
    const next = clockFromSession({ idleExpiresAt: info.idleExpiresAt, absoluteExpiresAt: info.absoluteExpiresAt, clientNow: meta.receivedAt, serverNow: meta.serverDate, fresh: options.fresh });
    setClock(options.idleMs ? { ...next, idleMs: options.idleMs } : next);
  }, []);

  const endLocally = useCallback((end: SessionEnd) => {
    setCsrfToken(undefined);
    setPrincipal(undefined);
    setClock(undefined);
    setEnded(end);
  }, []);

  // The API client runs outside React; it gets fresh hooks whenever the logged-in person changes.
  const loggedIn = Boolean(principal);
  useEffect(() => {
    configureApiClient({
      language: () => i18n.language,
      onSessionLost: () => {
        if (loggedIn) endLocally({ reason: 'expired' });
      },
      onActivity: (meta) => {
        if (!loggedIn) return;
        setClock((current) => (current ? afterActivity(current, meta.sentAt) : current));
        broadcastActivity(meta.sentAt);
      },
    });
  }, [i18n, endLocally, loggedIn]);

  // Activity in another tab of the same browser keeps this tab's session alive too.
  useEffect(() => onActivityElsewhere((sentAt) => setClock((current) => (current ? afterActivity(current, sentAt) : current))), []);

  useEffect(() => {
    let cancelled = false;
    Promise.all([apiRequest<PublicConfig>('GET', '/api/config'), apiRequest<SessionInfo>('GET', '/api/auth/session')])
      .then(([config, session]) => {
        if (cancelled) return;
        apply(session.data, session.meta, { fresh: false });
        setConfig(config.data);
        setLoadError(undefined);
      })
      .catch((error: ApiError) => !cancelled && setLoadError(error));
    return () => {
      cancelled = true;
    };
  }, [attempt, apply]);

  const value = useMemo<SessionContextValue | undefined>(() => {
    if (!config) return undefined;
    return {
      config,
      principal,
      clock,
      ended,
      loggedIn: (info, meta) => {
        setEnded(undefined);
        apply(info, meta, { fresh: true });
      },
      expire: () => {
        // The server may still count a minute more; end it there too, so nobody can pick it up.
        // Sent before the local end: the request needs the CSRF token that endLocally forgets.
        void api.post('/api/auth/logout', {}, { ignoreSessionLoss: true }).catch(() => undefined);
        endLocally({ reason: 'expired' });
      },
      logout: async () => {
        const result = await api.post<{ redirectTo?: string }>('/api/auth/logout', {}, { ignoreSessionLoss: true }).catch(() => ({}) as { redirectTo?: string });
        if (result.redirectTo) {
          // The identity provider ends its own session too (single logout); it sends the person back.
          window.location.assign(result.redirectTo);
          return;
        }
        endLocally({ reason: 'logged-out' });
      },
      logoutEverywhere: async () => {
        // An expired session cannot end the others (the server no longer knows whose they are): that 401 goes to the login page.
        const result = await api.post<{ sessionsEnded: number }>('/api/auth/logout-everywhere', {});
        endLocally({ reason: 'logged-out-everywhere', count: result.sessionsEnded });
      },
      keepAlive: async () => {
        const { data, meta } = await apiRequest<SessionInfo>('GET', '/api/auth/session');
        if (!data.authenticated) {
          endLocally({ reason: 'expired' });
          return;
        }
        apply(data, meta, { fresh: false, ...(clock ? { idleMs: clock.idleMs } : {}) });
      },
    };
  }, [config, principal, clock, ended, apply, endLocally]);

  if (loadError && !config) return props.failed(loadError, () => setAttempt((n) => n + 1));
  if (!value) return props.loading;
  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>;
}
