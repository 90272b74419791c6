import { Navigate, useParams } from 'react-router';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { api } from '../../shared/api/api-client';
import type { Application } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { applicationPath } from './use-application';

/**
 * /aanvragen/:id — where the resident continues: a draft at the page where they were (also after
 * a new login or a crash), a request to co-sign at the signature, anything else at its status.
 */
export function ApplicationEntry() {
  const { id = '' } = useParams();
  const application = useApi((signal) => api.get<Application>(`/api/loket/applications/${id}`, { signal }), id);
  if (application.error) return <ErrorAlert error={application.error} />;
  if (!application.data) return <Loading />;
  const a = application.data;
  if (a.role === 'cosigner') return <Navigate to={applicationPath(id, a.status === 'medeondertekening' ? 'ondertekenen' : 'status')} replace />;
  if (a.status === 'concept') return <Navigate to={applicationPath(id, `stap/${a.currentPage ?? a.visiblePages[0] ?? 'controleren'}`)} replace />;
  return <Navigate to={applicationPath(id, 'status')} replace />;
}
