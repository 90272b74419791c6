import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../session/session-context';

const knownLoginErrors = ['oidc.cancelled', 'oidc.state_invalid', 'oidc.failed', 'oidc.bsn_missing', 'oidc.unavailable', 'auth.no_roles', 'auth.account_inactive'];

/**
 * Messages at the top of a login page: why the previous session ended, or why the identity
 * provider sent the person back (?fout=<code>, set by the server after a failed OpenID Connect login).
 */
export function LoginNotices() {
  const { t } = useTranslation();
  const { ended } = useSession();
  const [params] = useSearchParams();
  const failure = params.get('fout');

  return (
    <>
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{t(knownLoginErrors.includes(failure) ? `loginErrors.${failure}` : 'loginErrors.unknown')}</Paragraph>
        </Alert>
      )}
      {ended?.reason === 'expired' && (
        <Alert type="warning" role="alert">
          <Paragraph>{t('session.expired')}</Paragraph>
        </Alert>
      )}
      {ended?.reason === 'logged-out' && (
        <Alert type="ok" role="status">
          <Paragraph>{t('session.loggedOut')}</Paragraph>
        </Alert>
      )}
      {ended?.reason === 'logged-out-everywhere' && (
        <Alert type="ok" role="status">
          <Paragraph>{t('session.loggedOutEverywhere', { count: ended.count })}</Paragraph>
        </Alert>
      )}
    </>
  );
}
