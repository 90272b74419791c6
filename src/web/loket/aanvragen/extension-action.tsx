import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../shared/api/api-client';
import type { ApiError } from '../../shared/api/problem';
import type { Application, RegelingSummary } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert } from '../../shared/components/status';
import { applicationPath, useRegelingForm } from './use-application';

/**
 * "Verlenging aanvragen": when the regeling's current version extends the version this application
 * was made under, a new draft starts with the answers of this one (the resident checks them).
 */
export function ExtensionAction(props: { application: Application }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const a = props.application;
  const regelingen = useApi((signal) => api.get<RegelingSummary[]>('/api/regelingen', { signal }));
  const current = regelingen.data?.find((r) => r.id === a.regeling.id)?.currentVersion;
  const form = useRegelingForm(current && current.version !== a.regeling.version ? a.regeling.id : undefined, current?.version);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const extendable = a.role === 'applicant' && a.status !== 'concept' && a.status !== 'ingetrokken' && form.data?.extends?.versions.includes(a.regeling.version);
  if (!extendable || !form.data) return null;

  const start = async () => {
    setBusy(true);
    try {
      const draft = await api.post<Application>('/api/loket/applications', { regelingId: a.regeling.id, extends: a.id });
      navigate(applicationPath(draft.id));
    } catch (e) {
      setError(e as ApiError);
      setBusy(false);
    }
  };

  return (
    <section className="eenloket-section eenloket-card" aria-labelledby="verlenging">
      <Heading2 id="verlenging">{form.data.extends!.label}</Heading2>
      <Paragraph>{t('extension.intro', { label: form.data.label })}</Paragraph>
      {error && <ErrorAlert error={error} />}
      <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void start()}>
        {t('extension.start')}
      </Button>
    </section>
  );
}
