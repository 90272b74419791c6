import { useLocation } from 'react-router';

/**
 * Where to go after logging in: the page the person was sent away from (router state set by
 * RequireLogin), else the area's start page. The login page redirects there as soon as there is
 * a session; doing it in one place avoids two competing navigations.
 */
export function useReturnPath(): string {
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/inloggen' ? from : '/';
}
