import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../shared/api/api-client';
import type { ApiError } from '../../shared/api/problem';
import type { Application } from '../../shared/api/types';
import { ErrorAlert } from '../../shared/components/status';

/**
 * Starts the draft (prefilled from the registries) or continues the open one: the server gives the
 * same draft however often this is pressed, so the button only has to prevent impatience.
 */
export function StartApplication(props: { regelingId: string; hasDraft: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const start = async () => {
    setBusy(true);
    try {
      const draft = await api.post<Application>('/api/loket/applications', { regelingId: props.regelingId });
      navigate(`/aanvragen/${draft.id}`);
    } catch (e) {
      setError(e as ApiError);
      setBusy(false);
    }
  };
  return (
    <>
      {error && <ErrorAlert error={error} />}
      <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void start()}>
        {props.hasDraft ? t('regeling.continue') : t('regeling.start')}
      </Button>
    </>
  );
}
