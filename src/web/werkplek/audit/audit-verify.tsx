import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import { ApiError } from '../../shared/api/problem';
import type { AuditVerifyResult } from '../../shared/api/types';
import { ErrorAlert } from '../../shared/components/status';

export function AuditVerify() {
  const { t } = useTranslation();
  const [result, setResult] = useState<AuditVerifyResult | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await api.post<AuditVerifyResult>('/api/werkplek/audit/verify'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="eenloket-section" aria-labelledby="keten">
      <Heading2 id="keten">{t('audit.verifyHeading')}</Heading2>
      <Paragraph>{t('audit.verifyIntro')}</Paragraph>
      <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void verify()}>
        {t('audit.verify')}
      </Button>
      <div role="status" className="eenloket-section">
        {result?.ok && (
          <Alert type="ok">
            <Paragraph>{t('audit.verifyOk', { checked: result.checked, head: result.headSeq })}</Paragraph>
          </Alert>
        )}
        {result && !result.ok && (
          <Alert type="error">
            <Paragraph>{t('audit.verifyBroken', { seq: result.firstBroken?.seq ?? '?', reason: result.firstBroken?.reason ?? '' })}</Paragraph>
          </Alert>
        )}
      </div>
      {error && <ErrorAlert error={error} />}
    </section>
  );
}
