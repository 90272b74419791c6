import { Button, ButtonLink, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { apiRequest } from '../../shared/api/api-client';
import type { SessionInfo } from '../../shared/api/types';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { TextField } from '../../shared/forms/fields';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { LoginNotices } from '../../shared/layout/login-notices';
import { PageHeading } from '../../shared/layout/page-heading';
import { useSession } from '../../shared/session/session-context';
import { useReturnPath } from '../../shared/session/use-return-path';

const fields = {
  username: { id: 'login-gebruikersnaam', label: 'login.username' },
  password: { id: 'login-wachtwoord', label: 'login.password' },
};

export function LoginPage() {
  const { t } = useTranslation();
  const { config, principal } = useSession();
  const returnPath = useReturnPath();
  if (principal?.kind === 'staff') return <Navigate to={returnPath} replace />;
  const { staffLocal, staffOidc } = config.login;

  return (
    <>
      <PageHeading title={t('login.title')}>{t('login.heading')}</PageHeading>
      <LoginNotices />
      <Paragraph appearance="lead">{t('login.intro')}</Paragraph>
      {staffOidc && (
        <section className="eenloket-section" aria-labelledby="login-organisatie">
          <Heading2 id="login-organisatie">{t('login.organisation')}</Heading2>
          <Paragraph>{t('login.organisationHelp')}</Paragraph>
          {/* Full page navigation: the server starts OpenID Connect with the municipality's identity provider. */}
          <ButtonLink appearance="primary-action-button" href="/api/auth/staff/login?returnTo=/werkplek">
            {t('login.organisation')}
          </ButtonLink>
        </section>
      )}
      {staffLocal && <LocalLoginForm />}
      {!staffLocal && !staffOidc && <Paragraph>{t('login.noMethod')}</Paragraph>}
    </>
  );
}

function LocalLoginForm() {
  const { t } = useTranslation();
  const { loggedIn } = useSession();
  const form = useFormErrors(fields);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check({
      username: username.trim() ? undefined : { key: 'form.required' },
      password: password ? undefined : { key: 'form.required' },
    });
    if (!ok) return;
    setBusy(true);
    try {
      const { data, meta } = await apiRequest<SessionInfo>('POST', '/api/auth/staff/login', { body: { username: username.trim(), password }, ignoreSessionLoss: true });
      loggedIn(data, meta);
    } catch (error) {
      setBusy(false);
      setPassword('');
      // Wrong credentials, a locked account or too many attempts: the message belongs with the password.
      form.showError(error, (e) =>
        ['auth.invalid_credentials', 'auth.locked', 'request.too_many'].includes(e.code) ? { fields: { password: e.problem.messages }, general: [] } : undefined,
      );
    }
  };

  return (
    <section className="eenloket-section" aria-labelledby="login-lokaal">
      <Heading2 id="login-lokaal">{t('login.localHeading')}</Heading2>
      <form className="eenloket-form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary {...form.summary} />
        <TextField
          id={fields.username.id}
          name="username"
          label={t('login.username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          error={form.fieldError('username')}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          id={fields.password.id}
          name="password"
          type="password"
          label={t('login.password')}
          autoComplete="current-password"
          error={form.fieldError('password')}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('login.submit')}
        </Button>
      </form>
    </section>
  );
}
