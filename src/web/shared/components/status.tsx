import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pick, type ApiError } from '../api/problem';

/** A polite live region, so screen readers hear that something is loading. */
export function Loading(props: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="eenloket-loading">
      <Paragraph>{props.label ?? t('common.loading')}</Paragraph>
    </div>
  );
}

/** A request failed: the server's message in the chosen language (it comes in both). */
export function ErrorAlert(props: { error: ApiError; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        <strong>{t('common.errorTitle')}.</strong> {pick(props.error.problem.messages, i18n.language)}
      </Paragraph>
      {props.children}
    </Alert>
  );
}
