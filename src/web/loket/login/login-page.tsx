import { ButtonLink, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { LoginNotices } from '../../shared/layout/login-notices';
import { PageHeading } from '../../shared/layout/page-heading';
import { useSession } from '../../shared/session/session-context';
import { useReturnPath } from '../../shared/session/use-return-path';
import { DigidTestLogin } from './digid-test-login';

export function LoginPage() {
  const { t } = useTranslation();
  const { config, principal } = useSession();
  const returnPath = useReturnPath();
  if (principal?.kind === 'resident') return <Navigate to={returnPath} replace />;
  const { digidOidc, digidTest } = config.login;

  return (
    <>
      <PageHeading title={t('login.title')}>{t('login.heading')}</PageHeading>
      <LoginNotices />
      <Paragraph appearance="lead">{t('login.intro')}</Paragraph>
      {digidOidc && (
        <section className="eenloket-section" aria-labelledby="digid-heading">
          <Heading2 id="digid-heading" className="eenloket-visually-hidden">
            DigiD
          </Heading2>
          {/* A full page navigation: the server starts the OpenID Connect flow with the DigiD broker. */}
          <ButtonLink appearance="primary-action-button" href="/api/auth/digid/login?returnTo=/loket">
            {t('login.digid')}
          </ButtonLink>
          <Paragraph>{t('login.digidHelp')}</Paragraph>
        </section>
      )}
      {digidTest && <DigidTestLogin />}
      {!digidOidc && !digidTest && <Paragraph>{t('login.noMethod')}</Paragraph>}
    </>
  );
}
