import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../shared/api/api-client';
import { ApiError } from '../../shared/api/problem';
import { ErrorAlert } from '../../shared/components/status';
import { problemsOf } from './version-problems';
import { useMessage } from '../../shared/forms/use-message';

/**
 * Publishing is final (a published version cannot change; new applications use it at once), so it
 * takes a second, explicit step.
 */
export function PublishVersion(props: { regelingId: string; version: number; dirty: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const resolve = useMessage();
  const [step, setStep] = useState<'idle' | 'confirm' | 'unsaved'>('idle');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (step === 'confirm') confirmHeading.current?.focus();
  }, [step]);

  const publish = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/api/werkplek/regelingen/${encodeURIComponent(props.regelingId)}/versions/${props.version}/publish`);
      navigate(`/regelingen/${encodeURIComponent(props.regelingId)}`, { state: { notice: { key: 'regelingen.publish.done', values: { version: props.version } } } });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e);
      setBusy(false);
    }
  };

  return (
    <section className="eenloket-section" aria-labelledby="versie-publiceren">
      <Heading2 id="versie-publiceren">{t('regelingen.publish.heading')}</Heading2>
      <Paragraph>{t('regelingen.publish.intro')}</Paragraph>
      {step !== 'confirm' && (
        <Button appearance="primary-action-button" onClick={() => setStep(props.dirty ? 'unsaved' : 'confirm')}>
          {t('regelingen.publish.start', { version: props.version })}
        </Button>
      )}
      <div role="status">
        {step === 'unsaved' && props.dirty && (
          <Alert type="warning">
            <Paragraph>{t('regelingen.publish.unsaved')}</Paragraph>
          </Alert>
        )}
      </div>
      {step === 'confirm' && (
        <Alert type="warning">
          <Heading3 ref={confirmHeading} tabIndex={-1} className="eenloket-page-heading">
            {t('regelingen.publish.confirmHeading', { version: props.version })}
          </Heading3>
          <Paragraph>{t('regelingen.publish.confirmText')}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void publish()}>
              {t('regelingen.publish.confirm')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setStep('idle')}>
              {t('regelingen.publish.cancel')}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
      {error && (
        <ErrorAlert error={error}>
          {error.problem.invalidParams && (
            <ul>
              {problemsOf(error.problem).map((p, i) => (
                <li key={i}>{resolve(p.field ? { nl: `${p.field}: ${p.message.nl}`, en: `${p.field}: ${p.message.en}` } : p.message)}</li>
              ))}
            </ul>
          )}
        </ErrorAlert>
      )}
    </section>
  );
}
