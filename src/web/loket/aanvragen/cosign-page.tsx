import { Alert, Button, Checkbox, FormField, FormFieldErrorMessage, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { api } from '../../shared/api/api-client';
import { ApiError, pick } from '../../shared/api/problem';
import type { ApplicationReceipt } from '../../shared/api/types';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { PageHeading } from '../../shared/layout/page-heading';
import type { FormData } from '../../shared/rjsf/form-model';
import { AnswersSummary } from './answers-summary';
import { applicationPath, useApplication } from './use-application';

/** /aanvragen/:id/ondertekenen — the partner reads the application and co-signs with their own DigiD. */
export function CosignPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { application, form } = useApplication(id);
  const [declared, setDeclared] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  if (application.error) return <ErrorAlert error={application.error} />;
  if (!application.data || !form.data) return <Loading />;
  const a = application.data;
  if (a.role !== 'cosigner' || a.status !== 'medeondertekening') return <Navigate to={applicationPath(id, 'status')} replace />;
  const name = pick(a.regeling.name, i18n.language);

  const cosign = async () => {
    if (sending.current) return;
    if (!declared) {
      setError(t('cosign.declarationMissing'));
      document.getElementById('medeondertekening')?.focus();
      return;
    }
    sending.current = true;
    setBusy(true);
    try {
      await api.post<ApplicationReceipt>(`/api/loket/applications/${id}/cosign`, { declaration: true });
      navigate(applicationPath(id, 'status'), { state: { cosigned: true } });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      sending.current = false;
      setBusy(false);
      setFailure(e);
    }
  };

  return (
    <>
      <PageHeading title={t('cosign.title', { regeling: name })}>{t('cosign.heading')}</PageHeading>
      <Paragraph appearance="lead">{t('cosign.intro', { regeling: name, reference: a.reference ?? '' })}</Paragraph>
      <Alert type="info">
        <Paragraph>{t('cosign.why')}</Paragraph>
      </Alert>
      <AnswersSummary form={form.data} data={a.data as FormData} documents={a.documents} applicationId={id} />
      <section className="eenloket-section" aria-labelledby="ondertekenen">
        <Heading2 id="ondertekenen">{t('cosign.signHeading')}</Heading2>
        {failure && <ErrorAlert error={failure} />}
        <FormField type="checkbox" invalid={Boolean(error)}>
          {error && (
            <FormFieldErrorMessage id="medeondertekening-fout" className="utrecht-form-field__error-message" role="alert">
              {error}
            </FormFieldErrorMessage>
          )}
          <div className="utrecht-form-field__input">
            <Checkbox
              id="medeondertekening"
              checked={declared}
              invalid={Boolean(error)}
              aria-describedby={error ? 'medeondertekening-fout' : undefined}
              onChange={(e) => {
                setDeclared(e.target.checked);
                if (e.target.checked) setError(undefined);
              }}
            />
          </div>
          <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
            <FormLabel htmlFor="medeondertekening" type="checkbox" checked={declared}>
              {t('cosign.declaration')}
            </FormLabel>
          </div>
        </FormField>
        <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void cosign()}>
          {t('cosign.submit')}
        </Button>
      </section>
    </>
  );
}
