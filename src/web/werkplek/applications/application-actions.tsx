import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import { ApiError } from '../../shared/api/problem';
import type { ApplicationStatus, StaffApplication } from '../../shared/api/types';
import { ErrorAlert } from '../../shared/components/status';
import { RequestInformationForm } from './request-information-form';
import type { Message } from '../../shared/forms/form-errors';
import { Notice } from '../notice';

const canAsk: ApplicationStatus[] = ['ontvangen', 'in-behandeling', 'aanvullende-informatie'];

/** What a consultant can do with the application now: take it into handling, ask for information. */
export function ApplicationActions(props: { application: StaffApplication; onChange: (next: StaffApplication) => void }) {
  const { t } = useTranslation();
  const { application } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [notice, setNotice] = useState<Message | undefined>();
  if (application.status !== 'ontvangen' && !canAsk.includes(application.status)) return null;

  const take = async () => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const { status } = await api.post<{ status: ApplicationStatus }>(`/api/werkplek/applications/${application.id}/take`);
      const event = { type: 'in-behandeling', occurredAt: new Date().toISOString(), actorType: 'staff', details: {} };
      props.onChange({ ...application, status, events: [...application.events, event] });
      setNotice({ key: 'applications.actions.taken' });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="eenloket-section" aria-labelledby="aanvraag-acties">
      <Heading2 id="aanvraag-acties">{t('applications.actions.heading')}</Heading2>
      <Notice message={notice} />
      {error && <ErrorAlert error={error} />}
      {application.status === 'ontvangen' && (
        <Paragraph>
          <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void take()}>
            {t('applications.actions.take')}
          </Button>
        </Paragraph>
      )}
      {canAsk.includes(application.status) && (
        <RequestInformationForm
          application={application}
          onSent={(next) => {
            setNotice(undefined);
            props.onChange(next);
          }}
        />
      )}
    </section>
  );
}
