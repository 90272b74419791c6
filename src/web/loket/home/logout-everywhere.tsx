import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/problem';
import { ErrorAlert } from '../../shared/components/status';
import { useSession } from '../../shared/session/session-context';

/** Log out here, or end every session of this resident (e.g. a phone left logged in). */
export function LogoutEverywhere() {
  const { t } = useTranslation();
  const { logout, logoutEverywhere } = useSession();
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);

  const everywhere = async () => {
    setBusy(true);
    try {
      await logoutEverywhere();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e);
      setBusy(false);
    }
  };

  return (
    <section className="eenloket-section" aria-labelledby="uitloggen">
      <Heading2 id="uitloggen">{t('logout.heading')}</Heading2>
      <Paragraph>{t('logout.intro')}</Paragraph>
      {error && <ErrorAlert error={error} />}
      <div className="eenloket-actions">
        <Button appearance="primary-action-button" onClick={() => void logout()}>
          {t('layout.logout')}
        </Button>
        <Button appearance="secondary-action-button" busy={busy} onClick={() => void everywhere()}>
          {t('logout.everywhere')}
        </Button>
      </div>
    </section>
  );
}
