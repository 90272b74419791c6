import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../session/session-context';
import { useArea } from './area';

/** Pages behind login: without a session of this area's kind, go to the login page. */
export function RequireLogin() {
  const { principal } = useSession();
  const area = useArea();
  const location = useLocation();
  if (!principal || principal.kind !== area.principalKind) {
    // Where the person was going; the login page returns there afterwards (no personal data in it).
    return <Navigate to="/inloggen" replace state={{ from: location.pathname }} />;
  }
  return <Outlet />;
}
